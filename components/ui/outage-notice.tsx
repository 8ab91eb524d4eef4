"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { DATABASE_UNREACHABLE_DIGEST, DATABASE_UNREACHABLE_READ_MESSAGE } from "@/lib/database/outage";

export type BoundaryError = Error & { digest?: string };

/** True when the server marked the error as a database outage (lib/db.ts); the digest is all that reaches the browser. */
export function isOutage(error: BoundaryError): boolean {
  return error.digest === DATABASE_UNREACHABLE_DIGEST;
}

/** What an error boundary shows while the database is down: temporary, nothing lost, try again. */
export function OutageNotice({ reset }: { reset: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // reset() alone re-renders what the browser already has; refresh() asks the server again.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div role="alert" className="max-w-xl rounded-md border border-amber-700 bg-amber-50 p-4 text-amber-950">
      <h1 className="text-lg font-semibold">Temporarily unavailable</h1>
      <p className="mt-1 text-sm">{DATABASE_UNREACHABLE_READ_MESSAGE}</p>
      <p className="mt-1 text-sm">Nothing already saved is lost, and you are still logged in.</p>
      <Button type="button" variant="secondary" className="mt-3" onClick={retry} disabled={pending}>
        Try again
      </Button>
    </div>
  );
}

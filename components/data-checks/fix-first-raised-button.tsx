"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/action-state";
import { moveFirstRaisedToEarliest } from "@/lib/actions/data-checks";

/** The one-click fix: first raised moves to the earliest round the concern was discussed at. */
export function FixFirstRaisedButton({ concernId, version, label }: { concernId: number; version: number; label: string }) {
  const [state, formAction, pending] = useActionState(moveFirstRaisedToEarliest, initialActionState);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state.ok, router]);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="id" value={concernId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Moving…" : label}</Button>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

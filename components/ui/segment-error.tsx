"use client";

import { Button } from "@/components/ui/button";

/** What an error boundary shows: a plain sentence, never a stack. */
export function SegmentError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-4 text-red-900">
      <h1 className="text-lg font-semibold">This page could not be shown</h1>
      <p className="mt-1 text-sm">You may not have permission to see it, or something went wrong. Try again, or go back.</p>
      <Button type="button" variant="secondary" className="mt-3" onClick={reset}>Try again</Button>
    </div>
  );
}

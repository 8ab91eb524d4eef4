"use client";

import { Button } from "@/components/ui/button";
import { type BoundaryError, isOutage, OutageNotice } from "@/components/ui/outage-notice";

/** What an error boundary shows: a plain sentence, never a stack. */
export function SegmentError({ error, reset }: { error: BoundaryError; reset: () => void }) {
  if (isOutage(error)) return <OutageNotice reset={reset} />;
  return (
    <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-4 text-red-900">
      <h1 className="text-lg font-semibold">This page could not be shown</h1>
      <p className="mt-1 text-sm">You may not have permission to see it, or something went wrong. Try again, or go back.</p>
      <Button type="button" variant="secondary" className="mt-3" onClick={reset}>Try again</Button>
    </div>
  );
}

/**
 * A whole page's error. Production builds hide the error's message (only a digest
 * reaches the browser), so this says something plain and offers a retry instead of a stack.
 */
export function PageError({ error, reset }: { error: BoundaryError; reset: () => void }) {
  if (isOutage(error)) return <OutageNotice reset={reset} />;
  return (
    <div className="max-w-xl" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">This page could not be shown. Please try again; if it keeps happening, tell an admin the reference below.</p>
      {error.digest ? <p className="mt-2 text-xs text-slate-500">Reference: {error.digest}</p> : null}
      <Button type="button" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}

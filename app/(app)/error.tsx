"use client";

import { Button } from "@/components/ui/button";

// Production builds hide the error's message (only a digest reaches the browser),
// so this says something plain and offers a retry instead of showing a stack.
export default function SignedInError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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

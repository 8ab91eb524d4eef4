"use client";

import { type BoundaryError } from "@/components/ui/outage-notice";
import { PageError } from "@/components/ui/segment-error";

// Catches what the segment boundaries below cannot: an error in the signed-in
// layout itself (its session read, when the database is down) or on the login page.
export default function RootError({ error, reset }: { error: BoundaryError; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-6">
      <PageError error={error} reset={reset} />
    </main>
  );
}

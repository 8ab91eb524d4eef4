import type { ReactNode } from "react";

/** A secret shown once (a one-time password, an API token): it is not stored in clear and cannot be shown again. */
export function ShownOnce({ intro, secret, testId, after }: { intro: ReactNode; secret: string; testId: string; after: ReactNode }) {
  return (
    <div className="rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950" role="status">
      <p>{intro} — copy it now, it will not be shown again:</p>
      <p className="mt-2">
        <code className="select-all break-all rounded bg-white px-2 py-1 font-mono text-base" data-testid={testId}>
          {secret}
        </code>
      </p>
      <p className="mt-2 text-amber-900">{after}</p>
    </div>
  );
}

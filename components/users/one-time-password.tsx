import type { OneTimePasswordData } from "@/lib/actions/users";

/** Shows a generated password once: it is not stored in clear and cannot be shown again. */
export function OneTimePassword({ data }: { data: OneTimePasswordData }) {
  return (
    <div className="rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950" role="status">
      <p>
        One-time password for <strong>{data.email}</strong> — copy it now, it will not be shown again:
      </p>
      <p className="mt-2">
        <code className="select-all rounded bg-white px-2 py-1 font-mono text-base" data-testid="one-time-password">
          {data.password}
        </code>
      </p>
      <p className="mt-2 text-amber-900">Give it to them privately. When they first log in with it, they must choose their own password before anything else.</p>
    </div>
  );
}

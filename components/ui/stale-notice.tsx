/**
 * Shown when a save was refused because someone else saved first: their
 * values next to the field names, so the user can compare with their own
 * (which the form keeps) before saving again.
 */
export function StaleNotice({ current, labels }: { current: Record<string, string>; labels: Record<string, string> }) {
  const rows = Object.entries(labels).filter(([key]) => key in current);
  return (
    <section aria-labelledby="stale-heading" className="rounded-md border border-amber-600 bg-amber-50 p-3 text-sm" data-testid="stale-notice">
      <h2 id="stale-heading" className="font-semibold text-amber-950">The other person&apos;s version</h2>
      <dl className="mt-2 space-y-1">
        {rows.map(([key, label]) => (
          <div key={key}>
            <dt className="font-medium text-slate-800">{label}</dt>
            <dd className="whitespace-pre-wrap break-words text-slate-900">{shorten(current[key] ?? "") || <em>(empty)</em>}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

// A whole document text would bury the other fields; its start is enough to compare.
function shorten(value: string) {
  return value.length > 1500 ? `${value.slice(0, 1500)}… (${value.length.toLocaleString("en")} characters in all)` : value;
}

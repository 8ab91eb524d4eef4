// What every labelled control shares: its look, and the hint, counter and errors it is described by.

export const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700/30 aria-invalid:border-red-700";

export function describedBy(id: string, { hint, limit, errors }: { hint?: string; limit?: number; errors?: string[] }) {
  const ids = [hint ? `${id}-hint` : null, limit ? `${id}-count` : null, errors?.length ? `${id}-error` : null];
  return ids.filter(Boolean).join(" ") || undefined;
}

export function HintAndErrors({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {errors?.length ? <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{errors.join(" ")}</p> : null}
    </>
  );
}

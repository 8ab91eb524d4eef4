export default function Loading() {
  return (
    <p aria-live="polite" className="text-sm text-slate-600">
      Loading…
    </p>
  );
}

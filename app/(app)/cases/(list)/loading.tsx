// Only the list has a loading state: the (list) group keeps this Suspense boundary away from
// the detail, edit and new pages, whose notFound() and forbidden() must still set 404 and 403
// (behind a loading boundary Next has already sent 200 when the page decides).
export default function Loading() {
  return (
    <p aria-live="polite" className="text-sm text-slate-600">
      Loading…
    </p>
  );
}

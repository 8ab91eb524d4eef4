import Link from "next/link";

// One boundary for every signed-in page: notFound() anywhere below renders this.
export default function NotFound() {
  return (
    <div>
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-slate-700">
        This item does not exist or was deleted.{" "}
        <Link href="/" className="underline">
          Go to the start page
        </Link>
        .
      </p>
    </div>
  );
}

import Link from "next/link";

/** The 403 page's content, inside or outside the signed-in layout. */
export function ForbiddenMessage() {
  return (
    <>
      <h1 className="text-2xl font-semibold">You do not have permission to view this page</h1>
      <p className="mt-2 text-slate-700">Your role does not include this page. If you need it for your work, ask an admin to change your role.</p>
      <p className="mt-4">
        <Link href="/" className="text-blue-800 underline underline-offset-4">
          Back to the start page
        </Link>
      </p>
    </>
  );
}

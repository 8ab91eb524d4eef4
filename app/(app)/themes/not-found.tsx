import Link from "next/link";

export default function ThemeNotFound() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Theme not found</h1>
      <p className="mt-2 text-slate-700">
        There is no theme at this address. It may have been renamed.{" "}
        <Link href="/dashboard" className="text-blue-800 underline underline-offset-4">
          Back to the dashboard
        </Link>
      </p>
    </>
  );
}

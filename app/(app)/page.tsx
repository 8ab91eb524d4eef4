import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/authorized";
import { listThemesWithConcernCounts } from "@/lib/data/themes";

export const metadata: Metadata = { title: "Themes" };

export default async function HomePage() {
  await requirePageUser();
  const themes = await listThemesWithConcernCounts();
  return (
    <>
      <h1 className="text-2xl font-semibold">Themes</h1>
      <p className="mt-1 text-sm text-slate-600">The issue areas the EU raises in its Human Rights Dialogue with Kazakhstan.</p>
      {themes.length === 0 ? (
        <p className="mt-6 rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          No themes yet. An admin can add them, or load the demo data with <code>npm run db:seed</code>.
        </p>
      ) : (
        <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Themes">
          {themes.map((theme) => (
            <li key={theme.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="font-medium">
                <Link href={`/themes/${theme.slug}`} className="hover:underline">
                  {theme.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">{theme.description}</p>
              <p className="mt-2 text-sm font-medium" data-testid="concern-count">
                {theme.concernCount} {theme.concernCount === 1 ? "concern" : "concerns"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

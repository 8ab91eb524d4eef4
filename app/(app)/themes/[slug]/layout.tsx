import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/authorized";
import { getThemeBySlug } from "@/lib/data/theme-dashboard";

/**
 * Decides 404 before the page's loading.tsx can stream: a layout sits outside its own segment's
 * Suspense boundary, so notFound() here still sets the HTTP status (in the page, behind
 * loading.tsx, the 200 is already sent). themes/not-found.tsx renders it; the page reuses the
 * cached theme.
 */
export default async function ThemeLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  await requirePageUser();
  if (!(await getThemeBySlug((await params).slug))) notFound();
  return children;
}

import "server-only";
import { db } from "@/lib/db";

export type ThemeWithCount = { id: number; slug: string; name: string; description: string; concernCount: number };

/** Themes in display order with how many (unmerged) concerns each has: one query. */
export async function listThemesWithConcernCounts(): Promise<ThemeWithCount[]> {
  const themes = await db.theme.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      _count: { select: { concerns: { where: { mergedIntoId: null } } } },
    },
  });
  return themes.map(({ _count, ...theme }) => ({ ...theme, concernCount: _count.concerns }));
}

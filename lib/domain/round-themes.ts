// How a round's statuses are shown: by theme, the discussed ones in full, the NOT_RAISED ones
// folded into one line per theme (listing "not mentioned" in full would bury what was said).

type Row = { status: string; concern: { theme: { id: number; name: string } } };

export type ThemeGroup<T extends Row> = { id: number; name: string; discussed: T[]; notRaised: T[] };

/** Rows already sorted by theme order, then concern: groups in that order, each row in its theme's list. */
export function groupByTheme<T extends Row>(rows: T[]): ThemeGroup<T>[] {
  const groups: ThemeGroup<T>[] = [];
  for (const row of rows) {
    const theme = row.concern.theme;
    let group = groups.at(-1);
    if (!group || group.id !== theme.id) groups.push((group = { id: theme.id, name: theme.name, discussed: [], notRaised: [] }));
    (row.status === "NOT_RAISED" ? group.notRaised : group.discussed).push(row);
  }
  return groups;
}

import { describe, expect, it } from "vitest";
import { groupByTheme } from "./round-themes";

const row = (id: number, status: string, themeId: number) => ({ id, status, concern: { theme: { id: themeId, name: `Theme ${themeId}` } } });

describe("groupByTheme", () => {
  it("keeps the themes' order and folds NOT_RAISED apart from what was discussed", () => {
    const groups = groupByTheme([row(1, "RAISED", 7), row(2, "NOT_RAISED", 7), row(3, "NOT_RAISED", 3), row(4, "RESOLVED", 7)]);
    expect(groups.map((g) => g.id)).toEqual([7, 3, 7]);
    expect(groups[0]).toMatchObject({ name: "Theme 7", discussed: [{ id: 1 }], notRaised: [{ id: 2 }] });
    expect(groups[1]).toMatchObject({ discussed: [], notRaised: [{ id: 3 }] });
  });

  it("gives nothing for a round without statuses", () => {
    expect(groupByTheme([])).toEqual([]);
  });
});

// Every dashboard aggregate on a small hand-built fixture with known answers
// (test/integration/dashboard-fixture.ts), filtered to the fixture's dates.
import { beforeAll, describe, expect, it } from "vitest";
import { checkCompare, getConcernStatusStrip, getDashboardOverview } from "@/lib/data/dashboard";
import { emptyChangeCounts } from "@/lib/domain/changes";
import type { DashboardFilters, ParsedFilters } from "@/lib/validation/dashboard";
import { getStatusQuote } from "@/lib/data/statuses";
import { getStatusMixByRound, getThemeMatrix, listChanges, listLongestOpen } from "@/lib/data/theme-dashboard";
import { createDashboardFixture, dialogueOnly, PLAN, type DashboardFixture } from "@/test/integration/dashboard-fixture";

let fx: DashboardFixture;
beforeAll(async () => {
  fx = await createDashboardFixture();
});

const none = emptyChangeCounts();
const titles = (items: { title: string }[]) => items.map((i) => i.title.replace(/^Dash \S+ /, ""));

describe("dashboard overview", () => {
  it("counts the theme's concerns, their current-status mix and the changes at the latest round", async () => {
    const overview = await getDashboardOverview(dialogueOnly);
    expect(overview.latestRound?.id).toBe(fx.rounds.r4);
    expect(overview.rounds.map((r) => r.id)).toEqual([fx.rounds.r1, fx.rounds.r2, fx.rounds.r3, fx.rounds.r4]);
    const theme = overview.themes.find((t) => t.id === fx.themeId)!;
    expect(theme.concernCount).toBe(8);
    expect(theme.mix.counts).toEqual({ RAISED: 2, NO_PROGRESS: 1, IN_PROGRESS: 1, RESOLVED: 0, REGRESSED: 2, NOT_RAISED: 1 });
    expect(theme.mix.noRecord).toBe(1);
    // r3 → r4: A and C said again, B back after r2 and r3, E new, F worse; D was not discussed at either.
    expect(theme.changes).toEqual({ ...none, reiterated: 2, "back-on-agenda": 1, "newly-raised": 1, worsened: 1 });
    expect(overview.compared).toMatchObject({ at: { id: fx.rounds.r4 }, against: { id: fx.rounds.r3 } });
    expect(overview.totals.concernCount).toBeGreaterThanOrEqual(8);
    expect(overview.totals.changes.reiterated).toBeGreaterThanOrEqual(2);
  });

  it("keeps only concerns with the chosen current statuses", async () => {
    const overview = await getDashboardOverview({ ...dialogueOnly, statuses: ["REGRESSED", "IN_PROGRESS"] });
    const theme = overview.themes.find((t) => t.id === fx.themeId)!;
    expect(theme.concernCount).toBe(3);
    expect(theme.mix.counts.REGRESSED).toBe(2);
    expect(theme.mix.counts.IN_PROGRESS).toBe(1);
    expect(theme.changes).toEqual({ ...none, "back-on-agenda": 1, reiterated: 1, worsened: 1 });
  });

  it("compares any round with any earlier one", async () => {
    const overview = await getDashboardOverview({ ...dialogueOnly, at: fx.rounds.r4, against: fx.rounds.r1 });
    const theme = overview.themes.find((t) => t.id === fx.themeId)!;
    // A RAISED → NO_PROGRESS, B RAISED → IN_PROGRESS, C RAISED → REGRESSED, E first at r4, F discussed at r3 but not r1.
    expect(theme.changes).toEqual({ ...none, reiterated: 1, improved: 1, worsened: 1, "newly-raised": 1, "back-on-agenda": 1 });
  });

  it("moves 'latest round' with the date range", async () => {
    const overview = await getDashboardOverview({ ...dialogueOnly, to: "2093-12-31" });
    expect(overview.latestRound?.id).toBe(fx.rounds.r3);
    const theme = overview.themes.find((t) => t.id === fx.themeId)!;
    // At r3 against r2: C RESOLVED → REGRESSED, F newly raised, D dropped, A reiterated; B was not discussed.
    expect(theme.changes).toEqual({ ...none, worsened: 1, "newly-raised": 1, dropped: 1, reiterated: 1 });
    expect(theme.mix.counts.RESOLVED).toBe(0);
    expect(theme.mix.noRecord).toBe(3); // E, G and H have nothing before 2094
  });
});

describe("theme matrix", () => {
  it("has one row per unmerged concern and a cell only where a status was recorded", async () => {
    const matrix = await getThemeMatrix(fx.themeId, dialogueOnly, 1);
    expect(matrix.totalConcerns).toBe(8);
    expect(matrix.pageCount).toBe(1);
    expect(titles(matrix.rows)).toEqual(Object.keys(PLAN));
    const b = matrix.rows.find((r) => r.concernId === fx.concerns["B with gaps"])!;
    expect([...b.cells.keys()]).toEqual(expect.arrayContaining([fx.rounds.r1, fx.rounds.r4]));
    expect(b.cells.size).toBe(2);
    expect(b.cells.get(fx.rounds.r4)?.status).toBe("IN_PROGRESS");
    expect(b.current).toBe("IN_PROGRESS");
    // The cell's popover loads its quote by the cell's status id.
    const quote = await getStatusQuote(b.cells.get(fx.rounds.r4)!.assessmentId, { role: "VIEWER" });
    expect(quote).toMatchObject({
      status: "IN_PROGRESS",
      evidence: [{ quote: "Quote for B with gaps at r4.", quoteCut: false, documentTitle: expect.stringMatching(/press release$/) }],
    });
    expect(quote?.round).toEqual({ id: fx.rounds.r4, title: expect.any(String), startDate: "2094-03-01" });
    const f = matrix.rows.find((r) => r.concernId === fx.concerns["F worsened"])!;
    expect(f.cells.has(fx.rounds.jha)).toBe(false); // JHA rounds are off by default
    const g = matrix.rows.find((r) => r.concernId === fx.concerns["G only not raised"])!;
    expect(g.cells.get(fx.rounds.r4)?.status).toBe("NOT_RAISED");
    expect(g.current).toBe("NOT_RAISED");
    expect(await getStatusQuote(g.cells.get(fx.rounds.r4)!.assessmentId, { role: "VIEWER" })).toMatchObject({ status: "NOT_RAISED", evidence: [] });
    // D's later NOT_RAISED does not hide that it was RAISED; H has no record at all.
    expect(matrix.rows.find((r) => r.concernId === fx.concerns["D not raised lately"])!.current).toBe("RAISED");
    expect(matrix.rows.find((r) => r.concernId === fx.concerns["H no records"])!.current).toBeNull();
  });

  it("includes other round kinds when asked, and filters rows by current status", async () => {
    const all = await getThemeMatrix(fx.themeId, { ...dialogueOnly, kinds: ["HUMAN_RIGHTS_DIALOGUE", "JHA_SUBCOMMITTEE"] }, 1);
    expect(all.rows.find((r) => r.concernId === fx.concerns["F worsened"])!.cells.get(fx.rounds.jha)?.status).toBe("RESOLVED");
    const regressed = await getThemeMatrix(fx.themeId, { ...dialogueOnly, statuses: ["REGRESSED"] }, 1);
    expect(titles(regressed.rows)).toEqual(["C resolved then regressed", "F worsened"]);
  });

  it("returns every row for export and nothing for a page past the end", async () => {
    expect((await getThemeMatrix(fx.themeId, dialogueOnly, null)).rows).toHaveLength(8);
    const past = await getThemeMatrix(fx.themeId, dialogueOnly, 5);
    expect(past.rows).toEqual([]);
    expect(past.totalConcerns).toBe(8);
  });
});

describe("status mix per round", () => {
  it("counts each round's statuses, merged concerns excluded", async () => {
    const mix = await getStatusMixByRound(fx.themeId, dialogueOnly);
    expect(mix.get(fx.rounds.r1)?.counts).toMatchObject({ RAISED: 3 });
    expect(mix.get(fx.rounds.r1)?.total).toBe(3);
    expect(mix.get(fx.rounds.r2)?.counts).toMatchObject({ RAISED: 1, NO_PROGRESS: 1, RESOLVED: 1 });
    expect(mix.get(fx.rounds.r3)?.counts).toMatchObject({ NO_PROGRESS: 1, REGRESSED: 1, NOT_RAISED: 1, IN_PROGRESS: 1 });
    expect(mix.get(fx.rounds.r4)?.counts).toEqual({ RAISED: 1, NO_PROGRESS: 1, IN_PROGRESS: 1, RESOLVED: 0, REGRESSED: 2, NOT_RAISED: 2 });
    expect(mix.has(fx.rounds.jha)).toBe(false);
  });
});

describe("changes between two rounds", () => {
  const list = async (filters: DashboardFilters) =>
    (await listChanges(fx.themeId, filters)).map((c) => [titles([c])[0], c.change, c.from, c.to]);

  it("names each concern's change from the previous round to the latest, with both statuses", async () => {
    expect(await list(dialogueOnly)).toEqual([
      ["E newly raised", "newly-raised", null, "RAISED"],
      ["F worsened", "worsened", "IN_PROGRESS", "REGRESSED"],
      ["A steady", "reiterated", "NO_PROGRESS", "NO_PROGRESS"],
      ["C resolved then regressed", "reiterated", "REGRESSED", "REGRESSED"],
      ["B with gaps", "back-on-agenda", null, "IN_PROGRESS"], // not at r2 or r3, but at r1
    ]);
  });

  it("names the changes at a middle round", async () => {
    expect(await list({ ...dialogueOnly, at: fx.rounds.r2 })).toEqual([
      ["D not raised lately", "newly-raised", null, "RAISED"],
      ["C resolved then regressed", "improved", "RAISED", "RESOLVED"],
      ["A steady", "reiterated", "RAISED", "NO_PROGRESS"],
      ["B with gaps", "dropped", "RAISED", null],
    ]);
  });

  it("compares the last two rounds in the date range", async () => {
    expect(await list({ ...dialogueOnly, to: "2093-12-31" })).toEqual([
      ["F worsened", "newly-raised", null, "IN_PROGRESS"],
      ["C resolved then regressed", "worsened", "RESOLVED", "REGRESSED"],
      ["A steady", "reiterated", "NO_PROGRESS", "NO_PROGRESS"],
      ["D not raised lately", "dropped", "RAISED", "NOT_RAISED"],
    ]);
  });

  it("refuses to compare with a round not in view or not earlier", async () => {
    const parsed = { filters: { ...dialogueOnly, at: fx.rounds.r2, against: fx.rounds.r3 }, errors: {} };
    expect(await checkCompare(parsed)).toMatchObject({ filters: { at: null, against: null }, errors: { compare: /before/ } });
    const outOfView: Pick<ParsedFilters, "filters" | "errors"> = { filters: { ...dialogueOnly, against: fx.rounds.jha }, errors: {} };
    expect((await checkCompare(outOfView)).errors.compare).toMatch(/not among the rounds in view/);
  });
});

describe("longest open", () => {
  it("lists concerns never resolved, oldest first, with rounds and years since first raised", async () => {
    const open = await listLongestOpen(fx.themeId, dialogueOnly);
    expect(open.map((o) => [titles([o])[0], o.firstRaisedOn, o.rounds, o.years, o.current])).toEqual([
      ["A steady", "2091-03-01", 4, 3, "NO_PROGRESS"], // tie with B on date: by title
      ["B with gaps", "2091-03-01", 4, 3, "IN_PROGRESS"],
      ["D not raised lately", "2092-03-01", 3, 2, "RAISED"],
      ["F worsened", "2093-03-01", 2, 1, "REGRESSED"],
      ["E newly raised", "2094-03-01", 1, 0, "RAISED"],
    ]);
  });

  it("drops a concern resolved at an included round of another kind", async () => {
    const open = await listLongestOpen(fx.themeId, { ...dialogueOnly, kinds: ["HUMAN_RIGHTS_DIALOGUE", "JHA_SUBCOMMITTEE"] });
    expect(titles(open)).not.toContain("F worsened");
    expect(titles(open)).toContain("A steady");
  });

  it("honours the status filter and the limit", async () => {
    expect(titles(await listLongestOpen(fx.themeId, { ...dialogueOnly, statuses: ["REGRESSED"] }))).toEqual(["F worsened"]);
    expect(await listLongestOpen(fx.themeId, dialogueOnly, 2)).toHaveLength(2);
  });
});

describe("concern status strip", () => {
  it("has one mark per dialogue round, empty where nothing was recorded", async () => {
    const strip = await getConcernStatusStrip(fx.concerns["B with gaps"]!);
    const mine = strip.filter((m) => Object.values(fx.rounds).includes(m.roundId));
    expect(mine.map((m) => [m.roundId, m.status])).toEqual([
      [fx.rounds.r1, "RAISED"],
      [fx.rounds.r2, null],
      [fx.rounds.r3, null],
      [fx.rounds.r4, "IN_PROGRESS"],
    ]);
    expect(strip.map((m) => m.startDate)).toEqual([...strip.map((m) => m.startDate)].sort());
  });

  it("shows a round of another kind when the concern was assessed there", async () => {
    const strip = await getConcernStatusStrip(fx.concerns["F worsened"]!);
    expect(strip.find((m) => m.roundId === fx.rounds.jha)?.status).toBe("RESOLVED");
  });
});

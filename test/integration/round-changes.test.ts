// "What changed at this round" on the dashboard fixture: a middle round
// against the previous round of the same kind, with the quotes behind each.
import { beforeAll, describe, expect, it } from "vitest";
import { getRoundChanges } from "@/lib/data/round-changes";
import { createDashboardFixture, type DashboardFixture } from "@/test/integration/dashboard-fixture";

let fx: DashboardFixture & { tag: string };
beforeAll(async () => {
  // Dated 2103–2106: dashboard.test.ts builds the same fixture in the 2090s, and a
  // round of its own on the same day would be some round's "previous round".
  fx = await createDashboardFixture(12);
});

const strip = (title: string) => title.replace(/^Dash \S+ /, "");

describe("changes at a round", () => {
  it("names each change at a middle round against the previous dialogue round, skipping the JHA round between", async () => {
    const { previous, themes } = await getRoundChanges(fx.rounds.r3);
    expect(previous?.id).toBe(fx.rounds.r2);
    expect(themes.map((t) => t.id)).toEqual([fx.themeId]);
    const [theme] = themes;
    expect(theme!.counts).toMatchObject({ "newly-raised": 1, worsened: 1, reiterated: 1, dropped: 1, improved: 0 });
    expect(theme!.items.map((i) => [strip(i.title), i.change, i.from, i.to])).toEqual([
      // F was RESOLVED at the JHA round, which is of another kind: at the dialogue it is new.
      ["F worsened", "newly-raised", null, "IN_PROGRESS"],
      ["C resolved then regressed", "worsened", "RESOLVED", "REGRESSED"],
      ["A steady", "reiterated", "NO_PROGRESS", "NO_PROGRESS"],
      ["D not raised lately", "dropped", "RAISED", "NOT_RAISED"],
    ]);
    const quotes = Object.fromEntries(theme!.items.map((i) => [strip(i.title), i.evidence.map((e) => e.quote)]));
    expect(quotes["C resolved then regressed"]).toEqual(["Quote for C resolved then regressed at r3."]);
    // A dropped concern shows what was said at the previous round.
    expect(quotes["D not raised lately"]).toEqual(["Quote for D not raised lately at r2."]);
  });

  it("tells back on the agenda from newly raised, and leaves merged concerns out", async () => {
    const { themes } = await getRoundChanges(fx.rounds.r4);
    const items = themes.find((t) => t.id === fx.themeId)!.items.map((i) => [strip(i.title), i.change]);
    expect(items).toContainEqual(["B with gaps", "back-on-agenda"]);
    expect(items).toContainEqual(["E newly raised", "newly-raised"]);
    expect(items.map(([title]) => title)).not.toContain("I merged");
  });
});

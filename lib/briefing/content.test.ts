import { describe, expect, it } from "vitest";
import { buildBriefing, contentsEntries, historyLine, toRaiseAgain, type BriefingConcern, type BriefingData } from "@/lib/briefing/content";
import type { RoundColumn } from "@/lib/domain/dashboard";

const round = (year: number, number: number): RoundColumn => ({ id: year, title: `${number}th round`, kind: "HUMAN_RIGHTS_DIALOGUE", number, startDate: `${year}-03-01` });
const [r2020, r2025] = [round(2020, 12), round(2025, 16)];

const concern = (fields: Partial<BriefingConcern>): BriefingConcern => ({
  id: 1,
  title: "Art. 274",
  current: "NO_PROGRESS",
  change: "reiterated",
  atLast: "NO_PROGRESS",
  history: [],
  quotes: [],
  notes: [],
  ...fields,
});

describe("what to raise again", () => {
  it.each([
    ["discussed at the last round with nothing new", concern({}), false],
    ["dropped at the last round", concern({ change: "dropped", atLast: "NOT_RAISED" }), true],
    ["absent from both of the last rounds", concern({ change: null, atLast: null }), true],
    ["stalled", concern({ change: "stalled" }), true],
    ["worsened", concern({ change: "worsened", current: "REGRESSED", atLast: "REGRESSED" }), true],
    ["resolved, even if dropped", concern({ current: "RESOLVED", change: "dropped", atLast: null }), false],
  ])("%s: %s", (_name, c, expected) => expect(toRaiseAgain(c)).toBe(expected));
});

it("writes a history as round and status word, never a symbol alone", () => {
  const c = concern({ history: [{ round: r2020, status: "RAISED" }, { round: r2025, status: "IN_PROGRESS" }] });
  expect(historyLine(c)).toBe("2020 (12th) Raised · 2025 (16th) In progress");
});

it("lists sections and themes in the contents, not each concern", () => {
  const data: BriefingData = {
    target: { kind: "next", after: r2025 },
    last: r2025,
    previous: r2020,
    rounds: [r2020, r2025],
    include: ["summary", "history"],
    themes: [{ id: 1, slug: "media", name: "Media", changes: [], longestOpen: [], concerns: [concern({})] }],
    cases: [],
    documents: [],
  };
  const content = buildBriefing(data, new Date("2026-11-25T12:00:00Z"));
  expect(content.title).toBe("Briefing for the next dialogue round after 16th round");
  expect(contentsEntries(content).map((e) => e.text)).toEqual(["Summary", "Open longest", "What to raise again", "Open concerns by theme", "Media"]);
});

// The dashboard computes current status, "before the latest round" and "at the
// latest round" in SQL (statusRankSql); the concern page computes the current
// status in TypeScript (currentStatus). Here both run over the same
// pseudo-random histories (gaps, NOT_RAISED, two rounds on one date) and must
// agree for every concern.
import { beforeAll, describe, expect, it } from "vitest";
import { listConcerns } from "@/lib/data/concerns";
import { getThemeMatrix, listChanges, listLongestOpen } from "@/lib/data/theme-dashboard";
import { db } from "@/lib/db";
import { changeBetween, CHANGES } from "@/lib/domain/changes";
import { currentStatus, STATUSES } from "@/lib/domain/status";
import type { Status } from "@/lib/generated/prisma/enums";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import { unique, slugOf } from "@/test/integration/helpers";
import { prng } from "@/test/support/random";

// Rounds of this file only: dated in the 2070s, two of them on the same day
// (the later id counts as later, as everywhere else).
const ROUND_DATES = ["2071-03-01", "2072-03-01", "2073-03-01", "2073-03-01", "2074-03-01", "2075-03-01"];
const filters: DashboardFilters = { kinds: ["HUMAN_RIGHTS_DIALOGUE"], statuses: [], from: "2070-01-01", to: "2079-12-31" };
const CONCERNS = 60;

type History = { concernId: number; title: string; statuses: (Status | null)[] };

let themeId: number;
let histories: History[];
let roundIds: number[];

beforeAll(async () => {
  const tag = unique("Rule");
  const theme = await db.theme.create({ data: { slug: slugOf(tag), name: tag }, select: { id: true } });
  themeId = theme.id;
  const document = await db.sourceDocument.create({
    data: { title: `${tag} statement`, publisher: "EEAS", publishedOn: new Date("2075-03-02"), text: "Fixture text." },
    select: { id: true },
  });
  roundIds = [];
  for (const [index, date] of ROUND_DATES.entries()) {
    const round = await db.round.create({
      data: { kind: "HUMAN_RIGHTS_DIALOGUE", title: `${tag} round ${index + 1}`, startDate: new Date(`${date}T00:00:00Z`) },
      select: { id: true },
    });
    roundIds.push(round.id);
  }
  const next = prng(20261123).next;
  histories = [];
  for (let i = 0; i < CONCERNS; i++) {
    const title = `${tag} concern ${String(i).padStart(2, "0")}`;
    const concern = await db.concern.create({ data: { title, themeId }, select: { id: true } });
    // A third of the cells are gaps; NOT_RAISED is as likely as any status.
    const statuses = roundIds.map(() => (next() < 0.33 ? null : STATUSES[Math.floor(next() * STATUSES.length)]!));
    for (const [index, status] of statuses.entries()) {
      if (status === null) continue;
      const evidence = status === "NOT_RAISED" ? undefined : { create: { quote: `Quote ${i}.`, documentId: document.id } };
      await db.statusAssessment.create({ data: { concernId: concern.id, roundId: roundIds[index]!, status, evidence }, select: { id: true } });
    }
    histories.push({ concernId: concern.id, title, statuses });
  }
});

const recorded = (statuses: (Status | null)[]) => statuses.filter((s): s is Status => s !== null).map((status) => ({ status }));
const expectedCurrent = (h: History) => currentStatus(recorded(h.statuses));

describe("the SQL status rule agrees with the TypeScript one", () => {
  it("on each concern's current status (the dashboard's status filter)", async () => {
    for (const status of STATUSES) {
      const matrix = await getThemeMatrix(themeId, { ...filters, statuses: [status] }, null);
      const expected = histories.filter((h) => expectedCurrent(h) === status).map((h) => h.concernId);
      expect(matrix.rows.map((r) => r.concernId).sort(), status).toEqual(expected.sort());
    }
  });

  it("on each concern's current status in the concern list", async () => {
    const rows = await listConcerns({ themeId });
    expect(rows).toHaveLength(CONCERNS);
    for (const h of histories) expect(rows.find((r) => r.id === h.concernId)?.status ?? null, h.title).toBe(expectedCurrent(h));
  });

  it("on each concern's change between any two rounds", async () => {
    const discussed = (s: Status | null) => s !== null && s !== "NOT_RAISED";
    for (let at = 1; at < roundIds.length; at++) {
      for (let against = 0; against < at; against++) {
        const expected = histories.flatMap((h) => {
          const before = h.statuses.slice(0, at).some((s, i) => i !== against && discussed(s));
          const change = changeBetween(h.statuses[against] ?? null, h.statuses[at] ?? null, before);
          return change === null ? [] : [{ concernId: h.concernId, title: h.title, from: h.statuses[against] ?? null, to: h.statuses[at] ?? null, change }];
        });
        expected.sort((a, b) => CHANGES.indexOf(a.change) - CHANGES.indexOf(b.change) || a.title.localeCompare(b.title));
        const actual = await listChanges(themeId, { ...filters, at: roundIds[at], against: roundIds[against] });
        expect(actual, `round ${at + 1} against ${against + 1}`).toEqual(expected);
      }
    }
  });

  it("on which concerns stay open, since when", async () => {
    const open = await listLongestOpen(themeId, filters, null);
    const expected = histories
      .filter((h) => h.statuses.some((s) => s !== null && s !== "NOT_RAISED") && !h.statuses.includes("RESOLVED"))
      .map((h) => {
        const first = h.statuses.findIndex((s) => s !== null && s !== "NOT_RAISED");
        return { concernId: h.concernId, firstRaisedOn: ROUND_DATES[first], rounds: ROUND_DATES.length - first, current: expectedCurrent(h) };
      });
    expect(open.map(({ concernId, firstRaisedOn, rounds, current }) => ({ concernId, firstRaisedOn, rounds, current })).sort((a, b) => a.concernId - b.concernId)).toEqual(
      expected.sort((a, b) => a.concernId - b.concernId),
    );
  });
});

// concern_status_summaries, kept by database triggers, against the on-the-fly
// rule (currentStatus, and the dashboard's live aggregate) after random writes:
// statuses recorded, changed and deleted, rounds moved in time and to another
// kind, concerns merged (through the real action) and deleted.
import { describe, expect, it } from "vitest";
import { initialActionState } from "@/lib/action-state";
import { mergeConcerns } from "@/lib/actions/concerns";
import { overviewFromSummariesSql, overviewLiveSql, readsSummaries } from "@/lib/data/dashboard-sql";
import { db } from "@/lib/db";
import { currentStatus, STATUSES } from "@/lib/domain/status";
import type { RoundKind, Status } from "@/lib/generated/prisma/enums";
import { parseDashboardFilters } from "@/lib/validation/dashboard";
import { actAs, formData, unique, slugOf } from "@/test/integration/helpers";
import { prng } from "@/test/support/random";

type Fixture = { themeId: number; documentId: number; concerns: number[]; rounds: number[] };

async function createFixture(tag: string): Promise<Fixture> {
  const theme = await db.theme.create({ data: { slug: slugOf(tag), name: tag }, select: { id: true } });
  const document = await db.sourceDocument.create({
    data: { title: `${tag} release`, publisher: "EEAS", publishedOn: new Date("2180-01-01"), text: "Summaries." },
    select: { id: true },
  });
  const concerns = [];
  for (let i = 0; i < 8; i++) concerns.push((await db.concern.create({ data: { title: `${tag} concern ${i}`, themeId: theme.id }, select: { id: true } })).id);
  const rounds = [];
  for (let i = 0; i < 7; i++) {
    const round = await db.round.create({
      data: { kind: i % 3 === 2 ? "JHA_SUBCOMMITTEE" : "HUMAN_RIGHTS_DIALOGUE", title: `${tag} round ${i}`, startDate: new Date(Date.UTC(2181 + i, 0, 1)) },
      select: { id: true },
    });
    rounds.push(round.id);
  }
  return { themeId: theme.id, documentId: document.id, concerns, rounds };
}

/** What the summaries should hold for these concerns, computed in TypeScript from their assessments. */
async function expectedSummaries(concernIds: number[]) {
  const rows = await db.statusAssessment.findMany({
    where: { concernId: { in: concernIds } },
    select: { concernId: true, status: true, round: { select: { id: true, kind: true, startDate: true } } },
  });
  rows.sort((a, b) => a.round.startDate.getTime() - b.round.startDate.getTime() || a.round.id - b.round.id);
  const groups = new Map<string, { concernId: number; kind: RoundKind; statuses: { status: Status }[] }>();
  for (const row of rows) {
    const key = `${row.concernId}/${row.round.kind}`;
    const group = groups.get(key) ?? { concernId: row.concernId, kind: row.round.kind, statuses: [] };
    group.statuses.push({ status: row.status });
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ concernId: g.concernId, kind: g.kind, current: currentStatus(g.statuses), discussed: g.statuses.filter((s) => s.status !== "NOT_RAISED").length }))
    .sort((a, b) => a.concernId - b.concernId || a.kind.localeCompare(b.kind));
}

async function storedSummaries(concernIds: number[]) {
  const rows = await db.concernStatusSummary.findMany({ where: { concernId: { in: concernIds } }, select: { concernId: true, kind: true, current: true, discussed: true } });
  return rows.sort((a, b) => a.concernId - b.concernId || a.kind.localeCompare(b.kind));
}

/** The default overview both ways, on one snapshot (other files write to the same database meanwhile), for one theme. */
async function overviewBothWays(themeId: number) {
  const { filters } = parseDashboardFilters({});
  expect(readsSummaries(filters)).toBe(true);
  const [live, summarised] = await db.$transaction(
    [db.$queryRaw<{ theme_id: number }[]>(overviewLiveSql(filters)), db.$queryRaw<{ theme_id: number }[]>(overviewFromSummariesSql(filters))],
    { isolationLevel: "RepeatableRead" },
  );
  const mine = (rows: { theme_id: number }[]) => rows.filter((r) => r.theme_id === themeId).map((r) => JSON.stringify(r)).sort();
  return { live: mine(live), summarised: mine(summarised) };
}

describe("concern status summaries", () => {
  it("match the current-status rule and the live dashboard after random writes, round moves, merges and deletes", async () => {
    const fx = await createFixture(unique("Summaries"));
    const rng = prng(20261126);
    const alive = [...fx.concerns];
    const done = new Set<string>();
    await actAs("ANALYST");
    for (let step = 0; step < 120; step++) {
      const op = rng.int(20);
      const concernId = rng.pick(alive);
      const roundId = rng.pick(fx.rounds);
      if (op < 12) {
        const status = rng.pick(STATUSES);
        const evidence = status === "NOT_RAISED" ? undefined : { create: { quote: "Summaries.", documentId: fx.documentId } };
        const existing = await db.statusAssessment.findUnique({ where: { concernId_roundId: { concernId, roundId } }, select: { id: true } });
        if (existing) {
          await db.$transaction([
            db.statusEvidence.deleteMany({ where: { statusId: existing.id } }),
            db.statusAssessment.update({ where: { id: existing.id }, data: { status, evidence } }),
          ]);
        } else {
          await db.statusAssessment.create({ data: { concernId, roundId, status, evidence } });
        }
        done.add(existing ? "change" : "record");
      } else if (op < 15) {
        await db.statusAssessment.deleteMany({ where: { concernId, roundId } });
        done.add("delete status");
      } else if (op < 17) {
        // Moved in time: the order of its assessments changes.
        await db.round.update({ where: { id: roundId }, data: { startDate: new Date(Date.UTC(2181 + rng.int(8), rng.int(12), 1 + rng.int(28))) } });
        done.add("move round");
      } else if (op === 17) {
        await db.round.update({ where: { id: roundId }, data: { kind: rng.pick(["HUMAN_RIGHTS_DIALOGUE", "JHA_SUBCOMMITTEE"] as const) } });
        done.add("round kind");
      } else if (op === 18 && alive.length > 3) {
        const targetId = rng.pick(alive.filter((id) => id !== concernId));
        const versions = await db.concern.findMany({ where: { id: { in: [concernId, targetId] } }, select: { id: true, version: true } });
        const version = (id: number) => versions.find((v) => v.id === id)!.version;
        const state = await mergeConcerns(
          initialActionState,
          formData({ sourceId: concernId, targetId, sourceVersion: version(concernId), targetVersion: version(targetId) }),
        );
        expect(state.message).toMatch(/^Merged/);
        alive.splice(alive.indexOf(concernId), 1);
        done.add("merge");
      } else if (op === 19 && alive.length > 3) {
        await db.concern.delete({ where: { id: concernId } });
        alive.splice(alive.indexOf(concernId), 1);
        done.add("delete concern");
      }
      expect(await storedSummaries(fx.concerns), `after step ${step}`).toEqual(await expectedSummaries(fx.concerns));
    }
    expect([...done].sort()).toEqual(["change", "delete concern", "delete status", "merge", "move round", "record", "round kind"]);
    const { live, summarised } = await overviewBothWays(fx.themeId);
    expect(live.length).toBeGreaterThan(0);
    expect(summarised).toEqual(live);
  });
});

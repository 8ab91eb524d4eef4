// "Data to check": the SQL that lists saved records contradicting their
// concern's history, the form's TypeScript warnings on the same records, and
// the one-click fix of the first-raised round.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { initialActionState } from "@/lib/action-state";
import { moveFirstRaisedToEarliest } from "@/lib/actions/data-checks";
import { getConcernHistoryForChecks, listRecordsToCheck } from "@/lib/data/data-to-check";
import { db } from "@/lib/db";
import { earliestDiscussed, statusWarnings } from "@/lib/domain/consistency";
import type { Status } from "@/lib/generated/prisma/enums";
import { auditEventsFor, makeFixture } from "@/test/integration/fixtures";
import { actAs, formData, unique } from "@/test/integration/helpers";

type Plan = { firstRaised: number | null; statuses: (Status | null)[] };
// Rounds 0, 1, 2 in date order (2081, 2082, 2083).
const PLANS: Record<string, Plan> = {
  "status before first raised, raised again": { firstRaised: 1, statuses: ["NO_PROGRESS", "RAISED", "RAISED"] },
  "first raised before any discussion": { firstRaised: 0, statuses: ["NOT_RAISED", "IN_PROGRESS", null] },
  clean: { firstRaised: 0, statuses: ["RAISED", "NO_PROGRESS", "NOT_RAISED"] },
  "not raised before first raised is fine": { firstRaised: 1, statuses: ["NOT_RAISED", "RAISED", null] },
};

let rounds: { id: number; title: string }[];
const concerns: Record<string, number> = {};

beforeAll(async () => {
  const { theme, document } = await makeFixture();
  rounds = [];
  for (const year of [2081, 2082, 2083]) {
    rounds.push(await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: unique(`Check round ${year}`), startDate: new Date(`${year}-02-01`) }, select: { id: true, title: true } }));
  }
  for (const [name, plan] of Object.entries(PLANS)) {
    const concern = await db.concern.create({
      data: { title: unique(`Check ${name}`), themeId: theme.id, firstRaisedRoundId: plan.firstRaised === null ? null : rounds[plan.firstRaised]!.id },
    });
    concerns[name] = concern.id;
    for (const [index, status] of plan.statuses.entries()) {
      if (status === null) continue;
      const evidence = status === "NOT_RAISED" ? undefined : { create: { quote: "Quote.", documentId: document.id } };
      await db.statusAssessment.create({ data: { concernId: concern.id, roundId: rounds[index]!.id, status, evidence } });
    }
  }
});

beforeEach(async () => {
  await actAs("ANALYST");
});

const mine = async (name: string) => (await listRecordsToCheck()).filter((r) => r.concern.id === concerns[name]);

describe("data to check", () => {
  it("lists each contradicting record with its check and the fix when it is clear", async () => {
    const both = await mine("status before first raised, raised again");
    expect(both.map((r) => [r.check, r.status?.round.id ?? null, r.fixTo?.id ?? null])).toEqual([
      ["before-first-raised", rounds[0]!.id, rounds[0]!.id],
      ["raised-again", rounds[1]!.id, null], // no clear fix: No progress or In progress is the analyst's call
      ["raised-again", rounds[2]!.id, null],
    ]);
    const late = await mine("first raised before any discussion");
    expect(late.map((r) => [r.check, r.status, r.firstRaised?.id, r.fixTo?.id])).toEqual([["first-raised-not-earliest", null, rounds[0]!.id, rounds[1]!.id]]);
    expect(await mine("clean")).toEqual([]);
    expect(await mine("not raised before first raised is fine")).toEqual([]);
  });

  it("flags in SQL exactly the statuses the form warns about", async () => {
    for (const name of Object.keys(PLANS)) {
      const { history, firstRaised } = await getConcernHistoryForChecks(concerns[name]!);
      const warned = history
        .filter((h) => statusWarnings(h.round, h.status, history.filter((o) => o.statusId !== h.statusId), firstRaised).length > 0)
        .map((h) => h.statusId)
        .sort();
      const listed = [...new Set((await mine(name)).flatMap((r) => (r.status ? [r.status.id] : [])))].sort();
      expect(listed, name).toEqual(warned);
      // A concern-level record is listed exactly when first raised is not the earliest discussed round.
      const earliest = earliestDiscussed(history);
      const concernLevel = (await mine(name)).some((r) => r.check !== "raised-again");
      expect(concernLevel, name).toBe(earliest !== null && firstRaised !== null && earliest.id !== firstRaised.id);
    }
  });

  it("moves first raised to the earliest discussed round in one click, with an audit event", async () => {
    const id = concerns["first raised before any discussion"]!;
    const { version } = await db.concern.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const state = await moveFirstRaisedToEarliest(initialActionState, formData({ id, version }));
    expect(state).toMatchObject({ ok: true, message: `First raised is now ${rounds[1]!.title}.` });
    expect((await db.concern.findUniqueOrThrow({ where: { id } })).firstRaisedRoundId).toBe(rounds[1]!.id);
    expect(await mine("first raised before any discussion")).toEqual([]);
    expect((await auditEventsFor("Concern", id)).at(-1)).toMatchObject({ action: "UPDATE" });
  });

  it("refuses a stale fix and a viewer, leaving the concern as it was", async () => {
    const id = concerns["status before first raised, raised again"]!;
    const { version } = await db.concern.findUniqueOrThrow({ where: { id }, select: { version: true } });
    expect((await moveFirstRaisedToEarliest(initialActionState, formData({ id, version: version + 1 }))).ok).toBe(false);
    await actAs("VIEWER");
    expect((await moveFirstRaisedToEarliest(initialActionState, formData({ id, version }))).ok).toBe(false);
    expect((await db.concern.findUniqueOrThrow({ where: { id } })).firstRaisedRoundId).toBe(rounds[1]!.id);
  });
});

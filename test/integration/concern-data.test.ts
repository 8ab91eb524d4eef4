import { beforeAll, describe, expect, it } from "vitest";
import { setStatus } from "@/lib/actions/statuses";
import { initialActionState } from "@/lib/action-state";
import { listHistory } from "@/lib/data/audit";
import { getConcern, listConcerns } from "@/lib/data/concerns";
import { listAwaitingConcernIds } from "@/lib/data/not-raised";
import { suggestConcerns } from "@/lib/data/suggestions";
import { db } from "@/lib/db";
import { actAs, formData, unique } from "@/test/integration/helpers";
import { makeFixture } from "@/test/integration/fixtures";

describe("concern reads", () => {
  let fixture: Awaited<ReturnType<typeof makeFixture>>;
  beforeAll(async () => {
    await actAs("ANALYST");
    fixture = await makeFixture();
  });

  it("suggests the concerns a passage is about, best match first", async () => {
    // Other test files add "False information charges …" concerns too, so only what the best match is about is fixed here.
    const suggestions = await suggestConcerns({ passage: "charges of spreading false information against bloggers", roundId: fixture.round.id });
    expect(suggestions[0]?.title).toMatch(/false information/i);
    expect(suggestions.map((s) => s.title).join()).not.toMatch(/death penalty/i);

    const distinctive = await db.concern.create({ data: { title: unique("Harassment of lawyers defending journalists"), themeId: fixture.theme.id } });
    const ranked = await suggestConcerns({ passage: `The EU raised the ${distinctive.title.toLowerCase()} in Almaty.`, roundId: fixture.round.id });
    expect(ranked[0]).toMatchObject({ id: distinctive.id, hasStatus: false });
  });

  it("derives the current status from the latest round that discussed the concern, and filters by it", async () => {
    const { concern, round, document, theme } = fixture;
    const later = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: "Later fixture round", startDate: new Date("2032-01-01") } });
    await setStatus(initialActionState, formData({ concernId: concern.id, roundId: round.id, status: "REGRESSED", quote: "Article 274 of the Criminal Code", documentId: document.id }));
    await setStatus(initialActionState, formData({ concernId: concern.id, roundId: later.id, status: "NOT_RAISED" }));
    const detail = await getConcern(concern.id);
    expect(detail.statusAssessments.map((s) => s.status)).toEqual(["REGRESSED", "NOT_RAISED"]);
    expect(detail.currentStatus).toBe("REGRESSED");
    expect((await listConcerns({ themeId: theme.id, status: "REGRESSED" })).map((c) => c.id)).toEqual([concern.id]);
    expect(await listConcerns({ themeId: theme.id, status: "RESOLVED" })).toEqual([]);
    expect((await listConcerns({ q: concern.title.slice(-8) })).map((c) => c.id)).toEqual([concern.id]);
    expect(await listAwaitingConcernIds(later)).not.toContain(concern.id);
    expect(await listAwaitingConcernIds(round)).not.toContain(concern.id);
    const other = await db.concern.create({ data: { title: "Unlogged fixture concern", themeId: theme.id } });
    expect(await listAwaitingConcernIds(round)).toContain(other.id);
    const history = await listHistory("Concern", concern.id);
    expect(history.filter((e) => e.entityType === "StatusAssessment")).toHaveLength(2);
  });
});

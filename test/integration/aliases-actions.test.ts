import { beforeAll, describe, expect, it } from "vitest";
import { initialActionState } from "@/lib/action-state";
import { addAlias, removeAlias } from "@/lib/actions/aliases";
import { listAliases } from "@/lib/data/aliases";
import { db } from "@/lib/db";
import { auditEventsFor, makeFixture } from "@/test/integration/fixtures";
import { actAs, formData } from "@/test/integration/helpers";

describe("alias actions", () => {
  let concernId: number;
  beforeAll(async () => {
    await actAs("ANALYST");
    concernId = (await makeFixture()).concern.id;
  });

  it("adds an alias, keyed in its language, with an audit event", async () => {
    const state = await addAlias(initialActionState, formData({ concernId, term: "  ложная   информация ", language: "RU" }));
    expect(state).toMatchObject({ ok: true, message: "Alias “ложная информация” added." });
    const row = await db.concernAlias.findFirstOrThrow({ where: { concernId, termKey: "ложная информация" } });
    expect(row).toMatchObject({ term: "ложная информация", language: "ru", searchKeys: ["информац", "ложн"] });
    const events = await auditEventsFor("ConcernAlias", row.id);
    expect(events.map((e) => [e.action, e.after])).toEqual([["CREATE", { id: row.id, concernId, term: "ложная информация", language: "ru" }]]);
    expect(await listAliases(concernId)).toContainEqual({ id: row.id, term: "ложная информация", language: "ru" });
  });

  it("refuses the same alias twice, whatever its case, next to the field, keeping what was typed", async () => {
    await addAlias(initialActionState, formData({ concernId, term: "Fake news", language: "en" }));
    const state = await addAlias(initialActionState, formData({ concernId, term: "FAKE NEWS", language: "en" }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.term).toEqual(["This concern already has the alias “Fake news”."]);
    expect(state.values).toMatchObject({ term: "FAKE NEWS", language: "en" });
  });

  it("refuses an empty or over-long term and an unknown language code with clear messages", async () => {
    const empty = await addAlias(initialActionState, formData({ concernId, term: "   ", language: "en" }));
    expect(empty.fieldErrors?.term).toEqual(["Type the alias."]);
    const long = await addAlias(initialActionState, formData({ concernId, term: "a".repeat(101), language: "en" }));
    expect(long.fieldErrors?.term).toEqual(["An alias must be at most 100 characters."]);
    const punctuation = await addAlias(initialActionState, formData({ concernId, term: "—", language: "en" }));
    expect(punctuation.fieldErrors?.term).toEqual(["An alias needs at least one letter or digit."]);
    const language = await addAlias(initialActionState, formData({ concernId, term: "torture", language: "Klingon!" }));
    expect(language.fieldErrors?.language).toEqual(["Choose the alias's language, or type a language code such as en, ru or kk."]);
    const missing = await addAlias(initialActionState, formData({ concernId: 0, term: "torture", language: "en" }));
    expect(missing.fieldErrors?.concernId).toBeDefined();
  });

  it("refuses an alias for a concern that does not exist", async () => {
    const state = await addAlias(initialActionState, formData({ concernId: 2_000_000_000, term: "torture", language: "en" }));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/not found|no longer exists/i);
  });

  it("removes an alias, audited", async () => {
    await addAlias(initialActionState, formData({ concernId, term: "азаптау", language: "kk" }));
    const row = await db.concernAlias.findFirstOrThrow({ where: { concernId, termKey: "азаптау" } });
    expect(await removeAlias(initialActionState, formData({ id: row.id }))).toMatchObject({ ok: true });
    expect(await db.concernAlias.findUnique({ where: { id: row.id } })).toBeNull();
    expect((await auditEventsFor("ConcernAlias", row.id)).map((e) => e.action)).toEqual(["CREATE", "DELETE"]);
    expect((await removeAlias(initialActionState, formData({ id: row.id }))).ok).toBe(false);
  });

  it("refuses viewers and writes nothing", async () => {
    await actAs("VIEWER");
    const before = await db.concernAlias.count();
    expect((await addAlias(initialActionState, formData({ concernId, term: "пытки", language: "ru" }))).message).toBe("You do not have permission to do this.");
    const any = await db.concernAlias.findFirstOrThrow({ select: { id: true } });
    expect((await removeAlias(initialActionState, formData({ id: any.id }))).message).toBe("You do not have permission to do this.");
    expect(await db.concernAlias.count()).toBe(before);
    await actAs("ANALYST");
  });
});

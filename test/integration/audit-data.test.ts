import { describe, expect, it } from "vitest";
import { createConcern } from "@/lib/actions/concerns";
import { initialActionState } from "@/lib/action-state";
import { listAuditEvents, parseAuditFilters } from "@/lib/data/audit";
import { actAs, formData, unique } from "@/test/integration/helpers";
import { makeFixture } from "@/test/integration/fixtures";

describe("audit log reads", () => {
  it("filters events by entity type, actor and day", async () => {
    const admin = (await actAs("ADMIN"))!;
    const { theme } = await makeFixture();
    const title = unique("Audited concern");
    await createConcern(initialActionState, formData({ title, themeId: theme.id }));
    const today = new Date().toISOString().slice(0, 10);

    const filters = parseAuditFilters({ entity: "Concern", actor: String(admin.id), from: today, to: today });
    const { events, total } = await listAuditEvents(filters);
    expect(total).toBeGreaterThanOrEqual(1);
    expect(events.every((e) => e.entityType === "Concern" && e.actor?.id === admin.id)).toBe(true);
    expect(events.some((e) => (e.after as { title?: string }).title === title)).toBe(true);

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const none = await listAuditEvents(parseAuditFilters({ entity: "Concern", actor: String(admin.id), to: yesterday }));
    expect(none.events.some((e) => (e.after as { title?: string }).title === title)).toBe(false);
  });

  it("ignores malformed filters instead of failing", () => {
    expect(parseAuditFilters({ entity: "Concern; DROP", actor: "x", from: "yesterday", page: "-3" })).toEqual({ entityType: undefined, actorId: undefined, from: undefined, to: undefined, page: 1 });
  });
});

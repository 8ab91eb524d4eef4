import { describe, expect, it } from "vitest";
import { withoutIdentity } from "@/lib/domain/audit-identity";
import type { AuditEventLike } from "@/lib/domain/audit-entries";

const event = (fields: Partial<AuditEventLike>): AuditEventLike => ({
  id: "1", action: "UPDATE", entityType: "IndividualCase", entityId: "7", before: null, after: null,
  createdAt: new Date("2026-11-26T00:00:00Z"), actor: null, ...fields,
});

const person = {
  id: 7, personName: "Max Bokayev", spellings: ["Бокаев"], summary: "Activist", sensitive: true,
  situations: ["In prison as of 2017: “…”"], rounds: ["16th round: “…”"], concerns: ["Peaceful assembly"], version: 2,
};

describe("withoutIdentity", () => {
  it("drops a case's name, spellings, summary, situations and rounds for a reader who may not see who it is", () => {
    const hidden = withoutIdentity(event({ before: { ...person, sensitive: false }, after: person }), () => false);
    expect(hidden.before).toEqual({ id: 7, sensitive: false, concerns: ["Peaceful assembly"], version: 2 });
    expect(hidden.after).toEqual({ id: 7, sensitive: true, concerns: ["Peaceful assembly"], version: 2 });
    expect(withoutIdentity(event({ after: person }), (id) => id === 7).after).toEqual(person);
  });

  it("drops the case names a list's older events stored, for every reader, and keeps its case ids", () => {
    const list = { id: 3, roundId: 8, size: 2, caseIds: [7, 9], cases: ["Max Bokayev (Case 7)", "Case 9"] };
    const shown = withoutIdentity(event({ entityType: "HandedOverList", entityId: "3", after: list }), () => true);
    expect(shown.after).toEqual({ id: 3, roundId: 8, size: 2, caseIds: [7, 9] });
  });

  it("leaves other events as they are", () => {
    const concern = event({ entityType: "Concern", after: { title: "Torture", personName: "not a case" } });
    expect(withoutIdentity(concern, () => false)).toBe(concern);
  });
});

// One valid input for every server action, built on fresh rows of its own. The
// authorisation matrix sends it to callers who must be refused, so a refusal
// there is the role check's doing and not the validation's, and proves it by
// sending the same kind of input as an allowed caller and seeing it succeed.
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeCase, personName } from "@/test/integration/case-fixtures";
import { makeFixture } from "@/test/integration/fixtures";
import { unique, uniqueEmail } from "@/test/integration/helpers";

type Fields = Record<string, string | number | string[]>;
/** The form fields, and who sends them when the input is shown to be valid (a fresh user of that role by default). */
export type ValidInput = { fields: Fields; actorEmail?: string };

const PASSAGE = "The EU welcomed the adoption of the new law on domestic violence.";
const OTHER_PASSAGE = "against bloggers and journalists under Article 274 of the Criminal Code.";

/** A user of this role with a known password, for acting as someone whose rows a test may change. */
export async function freshUser(role: Role, password = "a-long-test-password-1") {
  return db.user.create({ data: { email: uniqueEmail(`matrix-${role}`), name: unique("Matrix user"), role, passwordHash: await hashPassword(password) } });
}

async function statusWithEvidence() {
  const fixture = await makeFixture();
  const status = await db.statusAssessment.create({
    data: { concernId: fixture.concern.id, roundId: fixture.round.id, status: "RAISED", evidence: { create: { quote: PASSAGE, documentId: fixture.document.id } } },
    include: { evidence: true },
  });
  return { ...fixture, status };
}

async function handedOverList() {
  const { document, round } = await makeFixture();
  return db.handedOverList.create({ data: { roundId: round.id, documentId: document.id, quote: PASSAGE } });
}

const roundFields = () => ({ kind: "OTHER_ENGAGEMENT", title: unique("Matrix round"), startDate: "2030-02-01", format: "ONLINE" });
const documentFields = (roundId: number) => ({ title: unique("Matrix document"), publisher: "EEAS", publishedOn: "2030-02-02", language: "en", roundIds: [String(roundId)] });

export const VALID_INPUTS: Record<string, () => Promise<ValidInput>> = {
  "lib/actions/api-tokens.ts#createApiToken": async () => {
    const user = await freshUser("VIEWER");
    return { fields: { userId: user.id, name: unique("Matrix token") } };
  },
  "lib/actions/api-tokens.ts#revokeApiToken": async () => {
    const user = await freshUser("VIEWER");
    const token = await db.apiToken.create({ data: { userId: user.id, name: unique("Matrix token"), tokenHash: unique("hash") } });
    return { fields: { id: token.id } };
  },
  "lib/actions/account.ts#changeOwnPassword": async () => {
    const user = await freshUser("VIEWER", "the-current-password-1");
    return { fields: { currentPassword: "the-current-password-1", newPassword: "a-brand-new-password-2", confirmPassword: "a-brand-new-password-2" }, actorEmail: user.email };
  },
  "lib/actions/account.ts#logOutEverywhere": async () => ({ fields: { scope: "everywhere" } }),
  "lib/actions/aliases.ts#addAlias": async () => {
    const { concern } = await makeFixture();
    return { fields: { concernId: concern.id, term: unique("Matrix alias"), language: "en" } };
  },
  "lib/actions/aliases.ts#removeAlias": async () => {
    const { concern } = await makeFixture();
    const term = unique("Matrix alias");
    const alias = await db.concernAlias.create({ data: { concernId: concern.id, term, termKey: term.toLowerCase(), language: "en" } });
    return { fields: { id: alias.id } };
  },
  "lib/actions/cases.ts#createCase": async () => ({ fields: { personName: personName() } }),
  "lib/actions/cases.ts#updateCase": async () => {
    const individual = await makeCase();
    return { fields: { id: individual.id, version: 1, personName: individual.personName, summary: "Matrix summary" } };
  },
  "lib/actions/cases.ts#deleteCase": async () => ({ fields: { id: (await makeCase()).id, version: 1, confirmed: "yes" } }),
  "lib/actions/cases.ts#mergeCases": async () => {
    const [source, target] = [await makeCase(), await makeCase()];
    return { fields: { sourceId: source.id, targetId: target.id, sourceVersion: 1, targetVersion: 1 } };
  },
  "lib/actions/cases.ts#addSituation": async () => {
    const { document } = await makeFixture();
    return { fields: { caseId: (await makeCase()).id, version: 1, situation: "RELEASED", asOf: "2030-01", quote: PASSAGE, documentId: document.id } };
  },
  "lib/actions/cases.ts#removeSituation": async () => {
    const { document } = await makeFixture();
    const individual = await makeCase();
    const situation = await db.caseSituationRecord.create({
      data: { caseId: individual.id, situation: "DETAINED", asOf: new Date("2030-01-01"), evidence: { create: { quote: PASSAGE, documentId: document.id } } },
    });
    return { fields: { caseId: individual.id, version: 1, situationId: situation.id } };
  },
  "lib/actions/cases.ts#addCaseRound": async () => {
    const { document, round } = await makeFixture();
    return { fields: { caseId: (await makeCase()).id, version: 1, roundId: round.id, quote: PASSAGE, documentId: document.id } };
  },
  "lib/actions/cases.ts#removeCaseRound": async () => {
    const { document, round } = await makeFixture();
    const individual = await makeCase();
    await db.caseRound.create({ data: { caseId: individual.id, roundId: round.id, evidence: { create: { quote: PASSAGE, documentId: document.id } } } });
    return { fields: { caseId: individual.id, version: 1, roundId: round.id } };
  },
  "lib/actions/cases.ts#linkConcern": async () => {
    const { concern } = await makeFixture();
    return { fields: { caseId: (await makeCase()).id, version: 1, concernId: concern.id } };
  },
  "lib/actions/cases.ts#unlinkConcern": async () => {
    const { concern } = await makeFixture();
    const individual = await makeCase();
    await db.concernCase.create({ data: { caseId: individual.id, concernId: concern.id } });
    return { fields: { caseId: individual.id, version: 1, concernId: concern.id } };
  },
  "lib/actions/case-passages.ts#createCaseFromPassage": async () => {
    const { document, round } = await makeFixture();
    return { fields: { personName: personName(), record: "ROUND", roundId: round.id, quote: PASSAGE, documentId: document.id } };
  },
  "lib/actions/handed-over-lists.ts#createHandedOverList": async () => {
    const { document, round } = await makeFixture();
    return { fields: { roundId: round.id, size: "3", caseIds: [String((await makeCase()).id)], quote: PASSAGE, documentId: document.id } };
  },
  "lib/actions/handed-over-lists.ts#updateHandedOverList": async () => {
    const list = await handedOverList();
    return { fields: { id: list.id, version: 1, size: "4", quote: PASSAGE, documentId: list.documentId } };
  },
  "lib/actions/handed-over-lists.ts#deleteHandedOverList": async () => ({ fields: { id: (await handedOverList()).id, version: 1 } }),
  "lib/actions/concerns.ts#createConcern": async () => {
    const { theme } = await makeFixture();
    return { fields: { title: unique("Matrix concern"), themeId: theme.id } };
  },
  "lib/actions/concerns.ts#updateConcern": async () => {
    const { concern, theme } = await makeFixture();
    return { fields: { id: concern.id, version: 1, title: unique("Matrix concern renamed"), themeId: theme.id } };
  },
  "lib/actions/concerns.ts#deleteConcern": async () => {
    const { concern } = await makeFixture();
    return { fields: { id: concern.id, version: 1, confirmed: "yes" } };
  },
  "lib/actions/concerns.ts#mergeConcerns": async () => {
    const { concern: target, theme } = await makeFixture();
    const source = await db.concern.create({ data: { title: unique("Matrix duplicate"), themeId: theme.id } });
    return { fields: { sourceId: source.id, targetId: target.id, sourceVersion: 1, targetVersion: 1 } };
  },
  "lib/actions/data-checks.ts#moveFirstRaisedToEarliest": async () => {
    const { concern, round, document } = await makeFixture();
    const later = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: unique("Matrix later round"), startDate: new Date("2031-01-15") } });
    await db.statusAssessment.create({
      data: { concernId: concern.id, roundId: round.id, status: "RAISED", evidence: { create: { quote: PASSAGE, documentId: document.id } } },
    });
    const moved = await db.concern.update({ where: { id: concern.id }, data: { firstRaisedRoundId: later.id }, select: { version: true } });
    return { fields: { id: concern.id, version: moved.version } };
  },
  "lib/actions/documents.ts#createDocument": async () => {
    const { round } = await makeFixture();
    return { fields: { ...documentFields(round.id), text: PASSAGE } };
  },
  "lib/actions/documents.ts#updateDocument": async () => {
    const { document, round } = await makeFixture();
    return { fields: { id: document.id, version: 1, ...documentFields(round.id) } };
  },
  "lib/actions/documents.ts#deleteDocument": async () => {
    const { document } = await makeFixture();
    return { fields: { id: document.id, version: 1 } };
  },
  "lib/actions/evidence.ts#addEvidence": async () => {
    const { status, document } = await statusWithEvidence();
    return { fields: { statusId: status.id, quote: OTHER_PASSAGE, documentId: document.id } };
  },
  "lib/actions/evidence.ts#removeEvidence": async () => {
    const { status, document } = await statusWithEvidence();
    const second = await db.statusEvidence.create({ data: { statusId: status.id, quote: OTHER_PASSAGE, documentId: document.id } });
    return { fields: { id: second.id } };
  },
  "lib/actions/not-raised.ts#markNotRaised": async () => {
    const { round, concern } = await makeFixture();
    return { fields: { roundId: round.id, concernIds: [String(concern.id)] } };
  },
  "lib/actions/not-raised.ts#undoNotRaised": async () => {
    const { round, concern } = await makeFixture();
    const status = await db.statusAssessment.create({ data: { concernId: concern.id, roundId: round.id, status: "NOT_RAISED" } });
    return { fields: { roundId: round.id, statusIds: [String(status.id)] } };
  },
  "lib/actions/rounds.ts#createRound": async () => ({ fields: roundFields() }),
  "lib/actions/rounds.ts#updateRound": async () => {
    const round = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: unique("Matrix round"), startDate: new Date("2030-02-01") } });
    return { fields: { id: round.id, version: 1, ...roundFields() } };
  },
  "lib/actions/rounds.ts#deleteRound": async () => {
    const round = await db.round.create({ data: { kind: "OTHER_ENGAGEMENT", title: unique("Matrix round"), startDate: new Date("2030-02-01") } });
    return { fields: { id: round.id, version: 1 } };
  },
  "lib/actions/statuses.ts#setStatus": async () => {
    const { concern, round, document } = await makeFixture();
    return { fields: { concernId: concern.id, roundId: round.id, status: "RAISED", quote: PASSAGE, documentId: document.id } };
  },
  "lib/actions/statuses.ts#updateStatus": async () => {
    const { status } = await statusWithEvidence();
    return { fields: { id: status.id, version: 1, status: "NO_PROGRESS", note: "Reiterated without change." } };
  },
  "lib/actions/statuses.ts#deleteStatus": async () => {
    const { status } = await statusWithEvidence();
    return { fields: { id: status.id, version: 1 } };
  },
  "lib/actions/statuses.ts#createConcernFromPassage": async () => {
    const { theme, round, document } = await makeFixture();
    return { fields: { title: unique("Matrix concern"), themeId: theme.id, roundId: round.id, status: "RAISED", quote: PASSAGE, documentId: document.id } };
  },
  "lib/actions/statuses.ts#suggestConcernsForPassage": async () => {
    const { round, document } = await makeFixture();
    return { fields: { passage: PASSAGE, roundId: round.id, documentId: document.id } };
  },
  "lib/actions/users.ts#createUser": async () => ({ fields: { email: uniqueEmail("matrix-new"), name: unique("Matrix new user"), role: "VIEWER" } }),
  "lib/actions/users.ts#changeUserRole": async () => {
    const user = await freshUser("VIEWER");
    return { fields: { id: user.id, version: 1, role: "ANALYST" } };
  },
  "lib/actions/users.ts#setUserDisabled": async () => {
    const user = await freshUser("VIEWER");
    return { fields: { id: user.id, version: 1, disabled: "true" } };
  },
  "lib/actions/users.ts#resetUserPassword": async () => {
    const user = await freshUser("VIEWER");
    return { fields: { id: user.id, version: 1 } };
  },
  "lib/actions/users.ts#endUserSessions": async () => {
    const user = await freshUser("VIEWER");
    return { fields: { id: user.id } };
  },
};

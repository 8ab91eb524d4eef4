import { db } from "@/lib/db";
import { unique, slugOf } from "@/test/integration/helpers";

export const PRESS_RELEASE = `The EU raised concerns about the “false information” charges
against bloggers and journalists under Article 274 of the Criminal Code.
The EU welcomed the adoption of the new law on domestic violence.`;

/** A round, a theme and a document reporting on the round, created straight in the database. */
export async function makeFixture() {
  const round = await db.round.create({
    data: { kind: "OTHER_ENGAGEMENT", title: unique("Fixture round"), startDate: new Date("2030-01-15"), format: "ONLINE" },
  });
  const theme = await db.theme.create({ data: { slug: slugOf(unique("fixture-theme")), name: unique("Fixture theme") } });
  const document = await db.sourceDocument.create({
    data: { title: unique("Fixture press release"), publisher: "EEAS", publishedOn: new Date("2030-01-16"), text: PRESS_RELEASE, rounds: { create: { roundId: round.id } } },
  });
  const concern = await db.concern.create({ data: { title: unique("False information charges"), themeId: theme.id } });
  return { round, theme, document, concern };
}

export async function auditEventsFor(entityType: string, entityId: number) {
  return db.auditEvent.findMany({ where: { entityType, entityId: String(entityId) }, orderBy: { id: "asc" } });
}

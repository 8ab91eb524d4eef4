// A small hand-built dashboard fixture with known answers: its own theme and
// rounds dated in the 2090s, so filtering on FIXTURE_DATES shuts out the seed.
import { db } from "@/lib/db";
import type { RoundKind, Status } from "@/lib/generated/prisma/enums";
import type { DashboardFilters } from "@/lib/validation/dashboard";
import { unique, slugOf } from "@/test/integration/helpers";

export const FIXTURE_DATES = { from: "2090-01-01", to: "2094-12-31" };
export const dialogueOnly: DashboardFilters = { kinds: ["HUMAN_RIGHTS_DIALOGUE"], statuses: [], ...FIXTURE_DATES };

export type DashboardFixture = { themeId: number; rounds: Record<"r1" | "r2" | "jha" | "r3" | "r4", number>; concerns: Record<string, number> };

// Status per concern per round; a missing key is a gap (no record at that round).
export const PLAN: Record<string, Partial<Record<keyof DashboardFixture["rounds"], Status>>> = {
  "A steady": { r1: "RAISED", r2: "NO_PROGRESS", r3: "NO_PROGRESS", r4: "NO_PROGRESS" },
  "B with gaps": { r1: "RAISED", r4: "IN_PROGRESS" },
  "C resolved then regressed": { r1: "RAISED", r2: "RESOLVED", r3: "REGRESSED", r4: "REGRESSED" },
  "D not raised lately": { r2: "RAISED", r3: "NOT_RAISED", r4: "NOT_RAISED" },
  "E newly raised": { r4: "RAISED" },
  "F worsened": { jha: "RESOLVED", r3: "IN_PROGRESS", r4: "REGRESSED" },
  "G only not raised": { r4: "NOT_RAISED" },
  "H no records": {},
};

/** `yearShift` moves every date, for a test that must not share round dates with another file's fixture. */
export async function createDashboardFixture(yearShift = 0): Promise<DashboardFixture & { slug: string; tag: string }> {
  const tag = unique("Dash");
  const slug = slugOf(tag);
  const theme = await db.theme.create({ data: { slug, name: tag }, select: { id: true } });
  const document = await db.sourceDocument.create({
    data: { title: `${tag} press release`, publisher: "EEAS", publishedOn: new Date("2094-03-02"), text: "Fixture text." },
    select: { id: true },
  });
  const round = async (kind: RoundKind, date: string) => {
    const shifted = `${Number(date.slice(0, 4)) + yearShift}${date.slice(4)}`;
    return (await db.round.create({ data: { kind, title: `${tag} round ${shifted}`, startDate: new Date(`${shifted}T00:00:00Z`) }, select: { id: true } })).id;
  };
  const rounds = {
    r1: await round("HUMAN_RIGHTS_DIALOGUE", "2091-03-01"),
    r2: await round("HUMAN_RIGHTS_DIALOGUE", "2092-03-01"),
    jha: await round("JHA_SUBCOMMITTEE", "2092-06-01"),
    r3: await round("HUMAN_RIGHTS_DIALOGUE", "2093-03-01"),
    r4: await round("HUMAN_RIGHTS_DIALOGUE", "2094-03-01"),
  };
  const concerns: Record<string, number> = {};
  for (const [title, statuses] of Object.entries(PLAN)) {
    const concern = await db.concern.create({ data: { title: `${tag} ${title}`, themeId: theme.id }, select: { id: true } });
    concerns[title] = concern.id;
    for (const [key, status] of Object.entries(statuses)) {
      await db.statusAssessment.create({
        data: {
          concernId: concern.id,
          roundId: rounds[key as keyof typeof rounds],
          status,
          evidence: status === "NOT_RAISED" ? undefined : { create: { quote: `Quote for ${title} at ${key}.`, documentId: document.id } },
        },
      });
    }
  }
  // A merged concern: its statuses must not be counted anywhere.
  await db.concern.create({
    data: {
      title: `${tag} I merged`,
      themeId: theme.id,
      mergedIntoId: concerns["A steady"],
      statusAssessments: { create: [{ roundId: rounds.r4, status: "RAISED", evidence: { create: { quote: "Merged.", documentId: document.id } } }] },
    },
  });
  return { themeId: theme.id, rounds, concerns, slug, tag };
}


// What the recording workspace lists for a round, read from PostgreSQL.
import { describe, expect, it } from "vitest";
import { getWorkspace } from "@/lib/data/workspace";
import { db } from "@/lib/db";
import { slugOf, unique } from "@/test/integration/helpers";

describe("getWorkspace", () => {
  it("gives each concern its status and quote at the previous round of the same kind, its last discussed status, its status here and its aliases", async () => {
    const theme = await db.theme.create({ data: { slug: slugOf(unique("ws-theme")), name: unique("Workspace theme") } });
    const round = (kind: "HUMAN_RIGHTS_DIALOGUE" | "JHA_SUBCOMMITTEE", date: string) =>
      db.round.create({ data: { kind, title: unique(`${kind} ${date}`), startDate: new Date(`${date}T00:00:00Z`) } });
    const [older, previous, otherKind, here, later] = [
      await round("HUMAN_RIGHTS_DIALOGUE", "2050-01-01"),
      await round("HUMAN_RIGHTS_DIALOGUE", "2051-01-01"),
      await round("JHA_SUBCOMMITTEE", "2051-06-01"),
      await round("HUMAN_RIGHTS_DIALOGUE", "2052-01-01"),
      await round("HUMAN_RIGHTS_DIALOGUE", "2053-01-01"),
    ];
    const doc = await db.sourceDocument.create({
      data: { title: unique("ws doc"), publisher: "EEAS", publishedOn: new Date("2051-01-02"), text: "x", rounds: { create: [older, previous, otherKind, here].map((r) => ({ roundId: r.id })) } },
    });
    const status = (concernId: number, roundId: number, value: "RAISED" | "IN_PROGRESS" | "NOT_RAISED", quote?: string) =>
      db.statusAssessment.create({ data: { concernId, roundId, status: value, evidence: quote ? { create: { quote, documentId: doc.id } } : undefined } });

    const steps = await db.concern.create({ data: { title: unique("Steps acknowledged"), themeId: theme.id, aliases: { create: [{ term: "пытки", termKey: "пытки", language: "ru" }] } } });
    await status(steps.id, older.id, "IN_PROGRESS", "Older quote about steps.");
    await status(steps.id, previous.id, "NOT_RAISED");
    await status(steps.id, otherKind.id, "RAISED", "Quote at the subcommittee.");
    const recorded = await db.concern.create({ data: { title: unique("Already recorded"), themeId: theme.id } });
    await status(recorded.id, previous.id, "RAISED", `Previous round quote ${"long ".repeat(60)}`);
    const here1 = await status(recorded.id, here.id, "IN_PROGRESS", "Recorded at this round.");
    const future = await db.concern.create({ data: { title: unique("First raised later"), themeId: theme.id, firstRaisedRoundId: later.id } });

    const workspace = await getWorkspace(here);
    expect(workspace.previousRound).toEqual({ id: previous.id, title: previous.title });
    const byId = new Map(workspace.concerns.map((c) => [c.id, c]));
    expect(byId.get(steps.id)).toMatchObject({
      previous: { status: "NOT_RAISED", quote: null },
      // The guess follows the latest discussed status before this round, of any kind.
      lastDiscussed: { status: "RAISED", roundTitle: otherKind.title, round: { id: otherKind.id, title: otherKind.title, startDate: "2051-06-01" } },
      firstRaised: null,
      current: null,
      awaiting: true,
      aliases: ["пытки"],
    });
    const withStatus = byId.get(recorded.id)!;
    expect(withStatus).toMatchObject({ previous: { status: "RAISED" }, current: { id: here1.id, status: "IN_PROGRESS", version: 1, pieces: 1 }, awaiting: false });
    expect([...withStatus.previous!.quote!]).toHaveLength(160);
    expect(byId.get(future.id)).toMatchObject({ awaiting: false, current: null, firstRaised: { id: later.id, title: later.title, startDate: "2053-01-01" } });
  });
});

// The change between two rounds is one table (lib/domain/changes.ts); the SQL
// the dashboard runs is generated from it. Here PostgreSQL evaluates that SQL
// for every pair of statuses, "no record" included, with and without an
// earlier discussion, and must name the same change as the TypeScript rule.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeBetween, changeSql } from "@/lib/domain/changes";
import { STATUSES } from "@/lib/domain/status";
import type { Status } from "@/lib/generated/prisma/enums";

const WITH_NONE: (Status | null)[] = [null, ...STATUSES];

describe("the change rule in SQL", () => {
  it("names the same change as the table for every pair of statuses", async () => {
    const cases = WITH_NONE.flatMap((from) => WITH_NONE.flatMap((to) => [true, false].map((before) => ({ from, to, before }))));
    const rows = await db.$queryRawUnsafe<{ i: number; change: string | null }[]>(
      `SELECT v.i, ${changeSql("v.f", "v.t", "v.b")} AS change
         FROM unnest($1::text[], $2::text[], $3::boolean[]) WITH ORDINALITY AS v0(f0, t0, b, i)
         CROSS JOIN LATERAL (SELECT v0.i::int AS i, v0.f0::"Status" AS f, v0.t0::"Status" AS t, v0.b AS b) v
        ORDER BY v.i`,
      cases.map((c) => c.from),
      cases.map((c) => c.to),
      cases.map((c) => c.before),
    );
    expect(rows).toHaveLength(cases.length);
    const sql = rows.map((r, i) => ({ ...cases[i], change: r.change }));
    const ts = cases.map((c) => ({ ...c, change: changeBetween(c.from, c.to, c.before) }));
    expect(sql).toEqual(ts);
    // Every change of the table is reachable, so none is dead.
    expect(new Set(ts.map((c) => c.change))).toEqual(new Set([null, "newly-raised", "improved", "worsened", "reopened", "stalled", "reiterated", "dropped", "back-on-agenda"]));
  });
});

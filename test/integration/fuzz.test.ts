/// <reference types="vite/client" />
// Seeded random payloads against every server action and API route (found by glob, as in the
// authorisation matrix), sent by a caller who is allowed in. Whatever comes in: no thrown
// exception, no 5xx, no "Something went wrong", and a refusal changes nothing in the database.
import { beforeAll, describe, expect, it } from "vitest";
import { initialActionState, type ActionState } from "@/lib/action-state";
import type { AuthMeta } from "@/lib/auth/authorized";
import { db } from "@/lib/db";
import { createTestUser } from "@/test/integration/auth-fixtures";
import { databaseSnapshot } from "@/test/integration/database-snapshot";
import { payload, prng, query, segment, type FuzzIds } from "@/test/integration/fuzz-payloads";
import { actAs, slugOf, unique } from "@/test/integration/helpers";

// A few hundred per target keeps the file well under a minute on a 2-core machine.
const PER_ACTION = 200;
const PER_ROUTE = 200;
// The snapshot reads every table, so refusals are checked in batches: a batch in which some call
// succeeded (a valid-looking payload is a legitimate write) is not compared, and is counted.
const BATCH = 25;
const SEED = 0x13_08;
const GENERIC = /something went wrong/i;

type Guarded = ((...args: never[]) => Promise<unknown>) & { meta?: AuthMeta };
type Action = (previous: ActionState, input: FormData) => Promise<ActionState>;
type Route = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const actionModules = import.meta.glob<Record<string, unknown>>(["../../lib/actions/*.ts", "!../../lib/actions/*.test.ts"], { eager: true });
const routeModules = import.meta.glob<Record<string, unknown>>(["../../app/api/**/route.ts", "!../../app/api/auth/**"], { eager: true });

const actions = Object.entries(actionModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, fn]) => typeof fn === "function" && (fn as Guarded).meta)
    .map(([name, fn]) => ({ label: `${file.replace(/^.*\/lib\//, "lib/")} › ${name}`, fn: fn as Guarded })),
);
const routes = Object.entries(routeModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, fn]) => typeof fn === "function" && (fn as Guarded).meta)
    .map(([method, fn]) => ({ path: file.replace(/^.*\/app/, "").replace(/\/route\.ts$/, ""), method, fn: fn as Guarded })),
);

let known: FuzzIds;
let slug = "";
const callers: Record<string, string> = {};

beforeAll(async () => {
  const tag = unique("Fuzz");
  slug = slugOf(tag);
  const quote = "The EU raised the case of the detained journalist once more.";
  const theme = await db.theme.create({ data: { slug, name: tag }, select: { id: true } });
  const round = await db.round.create({ data: { kind: "HUMAN_RIGHTS_DIALOGUE", title: `${tag} round`, startDate: new Date("2089-03-01T00:00:00Z") }, select: { id: true } });
  const document = await db.sourceDocument.create({
    data: { title: `${tag} release`, publisher: "EEAS", text: `Press release. ${quote} End.`, rounds: { create: { roundId: round.id } } },
    select: { id: true },
  });
  const concern = await db.concern.create({ data: { title: `${tag} concern`, themeId: theme.id }, select: { id: true } });
  const status = await db.statusAssessment.create({
    data: { concernId: concern.id, roundId: round.id, status: "NO_PROGRESS", evidence: { create: { quote, documentId: document.id } } },
    select: { id: true },
  });
  const [analyst, admin, target] = await Promise.all([createTestUser("ANALYST"), createTestUser("ADMIN"), createTestUser("VIEWER")]);
  Object.assign(callers, { VIEWER: analyst.email, ANALYST: analyst.email, ADMIN: admin.email });
  // Only the test's own rows, and ids past them: a random "1" could disable a demo user other files log in as.
  known = { ids: [theme.id, round.id, document.id, concern.id, status.id, target.id, 1, 2, 2147483647], quote };
});

async function checkedBatch(run: () => Promise<boolean>, stats: { unchecked: number }) {
  const before = await databaseSnapshot();
  const refusedAll = await run();
  if (refusedAll) expect(await databaseSnapshot()).toEqual(before);
  else stats.unchecked++;
}

describe.each(actions.map((a) => [`${a.label} [as ${a.fn.meta!.role}]`, a] as const))("fuzz action %s", (_name, action) => {
  it(`${PER_ACTION} seeded payloads: no exception, no generic error, no change on refusal`, async () => {
    await actAs(callers[action.fn.meta!.role]!);
    const rng = prng(SEED ^ action.label.length);
    const stats = { unchecked: 0 };
    for (let start = 0; start < PER_ACTION; start += BATCH) {
      await checkedBatch(async () => {
        let refusedAll = true;
        for (let i = start; i < Math.min(start + BATCH, PER_ACTION); i++) {
          const input = payload(rng, known);
          let result: ActionState;
          try {
            result = await (action.fn as unknown as Action)(initialActionState, input);
          } catch (error) {
            // redirect() after a successful write is how some actions end; anything else is a bug.
            const digest = (error as { digest?: unknown }).digest;
            if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) {
              refusedAll = false;
              continue;
            }
            throw new Error(`payload ${i} threw: ${String(error)}\n${JSON.stringify([...input.keys()])}`, { cause: error });
          }
          expect(result.message ?? "", `payload ${i}`).not.toMatch(GENERIC);
          if (result.ok !== false) refusedAll = false;
        }
        return refusedAll;
      }, stats);
    }
    expect(stats.unchecked).toBeLessThan(PER_ACTION / BATCH);
  });
});

describe.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))("fuzz route %s", (_name, route) => {
  it(`${PER_ROUTE} seeded requests: no 5xx, no change`, async () => {
    await actAs(callers[route.fn.meta!.role]!);
    const rng = prng(SEED ^ route.path.length);
    const before = await databaseSnapshot();
    for (let i = 0; i < PER_ROUTE; i++) {
      const params: Record<string, string> = {};
      const path = route.path.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_m, name: string) => {
        params[name] = segment(rng, name === "slug" ? [slug] : known.ids.map(String));
        return encodeURI(params[name]!.replace(/[\uD800-\uDFFF]/g, "?")).replace(/[/?#]/g, "_");
      });
      const response = await (route.fn as unknown as Route)(new Request(`http://localhost${path}?${query(rng)}`), { params: Promise.resolve(params) });
      expect(response.status, `request ${i}: ${JSON.stringify(params)}`).toBeLessThan(500);
      if (response.status >= 400) expect(await response.text()).not.toMatch(GENERIC);
      else await response.arrayBuffer();
    }
    expect(await databaseSnapshot()).toEqual(before);
  });
});

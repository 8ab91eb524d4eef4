// Hostile URL parameters reach the database as nothing worse than "no filter": a NUL, 1e300
// or an id past int4 used to make PostgreSQL or Prisma throw, which the pages showed as a 500.
import { describe, expect, it } from "vitest";
import { GET as statusQuote } from "@/app/api/v1/statuses/[id]/route";
import { GET as themeCsv } from "@/app/api/v1/themes/[slug]/export/route";
import { listAuditEvents, parseAuditFilters } from "@/lib/data/audit";
import { listConcerns, parseConcernFilters } from "@/lib/data/concerns";
import { actAs } from "@/test/integration/helpers";

describe("URL parameters", () => {
  it("/concerns?q=%00 and ids past int4 are ignored instead of failing the query", async () => {
    const filters = parseConcernFilters({ q: "\u0000", theme: "99999999999", round: "0x10" });
    expect(filters).toEqual({ q: undefined, themeId: undefined, roundId: undefined, status: undefined });
    await expect(listConcerns(filters)).resolves.toBeInstanceOf(Array);
  });

  it("/admin/audit?page=1e300 shows page 1; bad dates and actors are ignored, 2020-02-30 is not rolled to March", async () => {
    const filters = parseAuditFilters({ page: "1e300", from: "2020-02-30", to: "2020-13-01", actor: "99999999999" });
    expect(filters).toEqual({ entityType: undefined, actorId: undefined, from: undefined, to: undefined, page: 1 });
    await expect(listAuditEvents(filters)).resolves.toHaveProperty("total");
    await expect(listAuditEvents(parseAuditFilters({ page: "1e300" }))).resolves.toHaveProperty("events");
  });

  it("/api/v1/themes/%00/export answers 404 with JSON, not 500", async () => {
    await actAs("VIEWER");
    for (const slug of ["\u0000", "a\u0000b", "x".repeat(5000)]) {
      const response = await themeCsv(new Request("http://localhost/api/v1/themes/x/export"), { params: Promise.resolve({ slug }) });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ status: 404, code: "NOT_FOUND" });
    }
  });

  it.each(["0x10", "1e3", "01", " 1 ", "2147483648", "99999999999999999999", "\u0000"])("/api/v1/statuses/%j answers 400", async (id) => {
    await actAs("VIEWER");
    const response = await statusQuote(new Request("http://localhost/api/v1/statuses/x"), { params: Promise.resolve({ id }) });
    expect(response.status).toBe(400);
  });
});

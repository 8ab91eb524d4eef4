import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiReference } from "@/components/api/api-reference";
import { openApiDocument } from "@/lib/api/openapi";

describe("ApiReference", () => {
  const html = renderToStaticMarkup(<ApiReference document={openApiDocument("/") as unknown as Parameters<typeof ApiReference>[0]["document"]} />);
  const section = (path: string) => html.slice(html.indexOf(`GET ${path}</h2>`), html.indexOf("</section>", html.indexOf(`GET ${path}</h2>`)));
  const text = (markup: string) => markup.replace(/<[^>]+>/g, "");

  it("says which files a download comes in, and the fields of its JSON form", () => {
    const theme = section("/api/v1/themes/{slug}/export");
    expect(text(theme)).toContain(
      "A file to download, chosen with format: CSV (text/csv), Excel (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), JSON (application/json).",
    );
    expect(theme).toContain("Fields of the JSON file");
    expect(theme).toMatch(/>slug \(required\)<\/th><td[^>]*>string<\/td>/);
    expect(theme).toMatch(/>kind<\/th><td[^>]*>list of HUMAN_RIGHTS_DIALOGUE \| JHA_SUBCOMMITTEE \| OTHER_ENGAGEMENT<\/td>/);
  });

  it("lists a briefing's Word and PDF files, with no JSON fields to show", () => {
    const briefing = section("/api/v1/briefing/export");
    expect(text(briefing)).toContain("Word (application/vnd.openxmlformats-officedocument.wordprocessingml.document), PDF (application/pdf).");
    expect(briefing).not.toContain("Fields of");
  });

  it("shows a JSON record's fields as before", () => {
    const popover = section("/api/v1/statuses/{id}");
    expect(popover).not.toContain("A file to download");
    expect(popover).toContain("Fields of the answer");
    expect(popover).toContain("<code>cases</code>");
  });
});

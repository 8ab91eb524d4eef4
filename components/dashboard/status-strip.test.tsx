import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StatusStrip } from "@/components/dashboard/status-strip";
import type { StripMark } from "@/lib/data/dashboard";

const mark = (roundId: number, startDate: string, status: StripMark["status"], number: number | null = null): StripMark => ({
  roundId,
  title: `Round ${roundId}`,
  kind: "HUMAN_RIGHTS_DIALOGUE",
  number,
  startDate,
  status,
});

describe("StatusStrip", () => {
  const html = renderToStaticMarkup(
    <StatusStrip concernTitle="Torture prevention" marks={[mark(1, "2013-11-27", "RAISED", 5), mark(2, "2017-11-29", null), mark(3, "2020-11-26", "IN_PROGRESS", 12)]} />,
  );

  it("has one labelled mark per round, in order", () => {
    expect(html).toContain('aria-label="Status of “Torture prevention” at each round"');
    expect(html.match(/<li /g)).toHaveLength(3);
    const labels = [...html.matchAll(/<span class="sr-only">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(labels).toEqual(["2013 (5th), 27 Nov 2013: Raised", "2017, 29 Nov 2017: no record", "2020 (12th), 26 Nov 2020: In progress"]);
  });

  it("shows the status symbol and colour, and links recorded rounds to the timeline", () => {
    expect(html).toContain('href="#round-1"');
    expect(html).toContain('href="#round-3"');
    expect(html).not.toContain('href="#round-2"');
    expect(html).toContain("background-color:#e69f00");
    expect(html).toContain(">●<");
  });

  it("says so when there are no rounds", () => {
    expect(renderToStaticMarkup(<StatusStrip concernTitle="x" marks={[]} />)).toContain("No rounds recorded yet.");
  });
});

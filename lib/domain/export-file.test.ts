import { describe, expect, it } from "vitest";
import { exportFileName, withLinks } from "@/lib/domain/export-file";

describe("export files", () => {
  it("names the file after what it holds, its filters and the day, safe for a header", () => {
    expect(exportFileName(["Torture & ill-treatment", "matrix", "dialogue", "from-2015-01-01", "raised-no-progress"], "xlsx", "2026-11-25")).toBe(
      "torture-ill-treatment-matrix-dialogue-from-2015-01-01-raised-no-progress-2026-11-25.xlsx",
    );
    expect(exportFileName(["a\"b", "c"], "csv", "2026-11-25")).toBe("a-b-c-2026-11-25.csv");
  });

  it("adds the URL of each linked id after its column, empty where there is no id", () => {
    const table = { title: "t", filters: "f", fileParts: [], columns: ["Concern ID", "Concern", "Round ID"], rows: [[7, "Torture", 3], [8, "Media", null]], links: { "Concern ID": "/concerns/", "Round ID": "/rounds/" } };
    expect(withLinks(table, "https://tracker.example.org")).toEqual({
      columns: ["Concern ID", "Concern URL", "Concern", "Round ID", "Round URL"],
      rows: [
        [7, "https://tracker.example.org/concerns/7", "Torture", 3, "https://tracker.example.org/rounds/3"],
        [8, "https://tracker.example.org/concerns/8", "Media", null, ""],
      ],
    });
  });
});

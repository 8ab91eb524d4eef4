import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/domain/csv";

describe("csv", () => {
  it("quotes cells with commas, quotes, line breaks or edge spaces", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('He said "no", twice')).toBe('"He said ""no"", twice"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(3.5)).toBe("3.5");
  });

  it("keeps text that looks like a formula as text", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-1 step")).toBe("'-1 step");
    expect(csvCell(-1)).toBe("-1");
  });

  it("joins rows with CRLF after a byte-order mark", () => {
    expect(toCsv([["a", "b"], [1, null]])).toBe("\uFEFFa,b\r\n1,\r\n");
  });
});

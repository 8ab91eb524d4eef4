import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { LIMITS } from "@/lib/validation/common";
import { FORM_BODY_LIMIT_BYTES, formBodyBytes, formTooLargeMessage } from "./form-size";

describe("form body size", () => {
  it("is the limit next.config.ts gives server actions, set on purpose rather than left at Next's default", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(FORM_BODY_LIMIT_BYTES);
  });

  it("leaves room for the largest valid form: a full-length document in 4-byte characters", () => {
    const document = "🇰".repeat(LIMITS.documentText / 2); // 2 UTF-16 units, 4 bytes each
    const bytes = formBodyBytes([["title", "t".repeat(LIMITS.title)], ["text", document], ["url", "u".repeat(LIMITS.url)]]);
    expect(bytes).toBeGreaterThan(LIMITS.documentText * 2);
    expect(bytes).toBeLessThan(FORM_BODY_LIMIT_BYTES);
  });

  it("counts UTF-8 bytes and the CRLF each line break becomes", () => {
    const plain = formBodyBytes([["a", "x"]]);
    expect(formBodyBytes([["a", "Қ"]]) - plain).toBe(1);
    expect(formBodyBytes([["a", "x\n"]]) - plain).toBe(2);
    expect(formBodyBytes([["a", "x\r\n"]]) - plain).toBe(2);
  });

  it("says the size and the limit in a plain sentence", () => {
    expect(formTooLargeMessage(3 * 1024 * 1024)).toBe(
      "This form is too large to send (3 MB; the limit is 2 MB). Nothing was saved; shorten the longest text and try again.",
    );
  });
});

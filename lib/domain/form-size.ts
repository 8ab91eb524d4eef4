// The server-action body size limit (next.config.ts, experimental.serverActions.bodySizeLimit)
// and the browser-side check that keeps a form from hitting it. Next refuses a bigger body
// before any action runs, by throwing: the form would turn into the generic error page and lose
// what was typed. So a form measures itself first and, when too large, says so and is not sent.

/**
 * 2 MiB, set deliberately rather than left at Next's 1 MB default: the largest valid form, a
 * 200,000-character document (LIMITS.documentText), is at most 800 kB in UTF-8 (4 bytes per
 * character), and its line breaks travel as CRLF, so every form the schemas accept fits.
 */
export const FORM_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

// Multipart framing per field: boundary line, Content-Disposition header with the name, blank lines.
const PER_FIELD_OVERHEAD = 120;

/** About the number of bytes a browser sends for these fields as multipart/form-data (never less). */
export function formBodyBytes(entries: Iterable<[string, FormDataEntryValue]>): number {
  const encoder = new TextEncoder();
  let total = 0;
  for (const [name, value] of entries) {
    total += PER_FIELD_OVERHEAD + encoder.encode(name).length;
    if (typeof value === "string") {
      // The browser sends each lone \n as \r\n: one extra byte each.
      total += encoder.encode(value).length + (value.match(/(?<!\r)\n/g)?.length ?? 0);
    } else total += value.size + PER_FIELD_OVERHEAD;
  }
  return total;
}

export function formTooLargeMessage(bytes: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toLocaleString("en", { maximumFractionDigits: 1 });
  return `This form is too large to send (${mb(bytes)} MB; the limit is ${mb(FORM_BODY_LIMIT_BYTES)} MB). Nothing was saved; shorten the longest text and try again.`;
}

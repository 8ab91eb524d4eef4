/**
 * Characters refused in typed text: NUL and the other C0 controls except tab, line feed and
 * carriage return, DEL, and the bidi embedding/override/isolate controls. PostgreSQL cannot
 * store NUL in text at all, and a direction override makes a quote read differently from what
 * it contains, so a status could be "proved" by text that is not what it looks like.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u;

/** The first refused character as U+XXXX, or null when the text is clean. */
export function forbiddenCharacter(text: string): string | null {
  const match = FORBIDDEN.exec(text);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : null;
}

export function forbiddenCharacterMessage(code: string): string {
  return `Remove the invisible control character (${code}); paste the text again as plain text.`;
}

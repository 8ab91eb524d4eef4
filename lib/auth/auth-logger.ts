// next-auth's default logger prints a stack trace for every refused login
// (a CredentialsSignin error is thrown on purpose) and multi-line details for
// the rest. authenticate() already logs one line per failed login, so refused
// logins are not logged again here, and anything else is one line too.
type LoggedError = Error & { type?: string; cause?: unknown };

function causeMessage(cause: unknown): string {
  const err = cause && typeof cause === "object" && "err" in cause ? (cause as { err: unknown }).err : cause;
  return err instanceof Error ? ` (cause: ${err.name}: ${err.message})` : "";
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

export const authLogger = {
  error(error: LoggedError) {
    // By type, not instanceof: this module stays free of next-auth's imports so it can be tested on its own.
    if (error.type === "CredentialsSignin") return;
    console.error(oneLine(`[auth] ${error.type ?? error.name}: ${error.message}${causeMessage(error.cause)}`));
  },
  warn(code: string) {
    console.warn(`[auth] warning: ${code}`);
  },
  debug() {},
};

// How many failed logins are allowed, and over what window. Its own module, free
// of the database, so e2e specs can count against the same numbers.
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

// How long a login lasts, however active the user is. Its own module so the
// next-auth config (also loaded by the proxy) and the session rows agree
// without the proxy importing the database.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_MAX_AGE_MS = SESSION_MAX_AGE_SECONDS * 1000;

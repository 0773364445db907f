/** The session cookie's name, shared by next-auth's options and proxy.ts (which must not load the database). */
export const SESSION_COOKIE = "passerelle.session";

import "server-only";
import { signInHref } from "./return-path";
import { getSessionUser } from "./session";

/**
 * Where a viewer who cannot see contacts goes to see them: the sign-in page for
 * a visitor, the password page for someone signed in with an admin-issued
 * one-time password (they count as anonymous until they choose their own,
 * lib/auth/viewer.ts, and telling them to "sign in" would be wrong: issue 12).
 */
export async function contactsUnlock(callbackUrl: string): Promise<{ href: string; reason: "signIn" | "choosePassword" }> {
  const user = await getSessionUser();
  if (user?.mustChangePassword) return { href: "/account/password", reason: "choosePassword" };
  return { href: signInHref(callbackUrl), reason: "signIn" };
}

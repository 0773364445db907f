import "server-only";
import { localized, redirect } from "../i18n/navigation";
import { hasRole } from "./roles";
import { signInHref } from "./return-path";
import { getSessionUser, type SessionUser } from "./session";
import type { Role } from "./roles";

/**
 * Page guards: a page under /admin or /account calls one of these itself (the
 * proxy only shapes navigation). Server actions use lib/partners/actions and
 * lib/users/actions guards instead, which return a state rather than redirect.
 */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  // Back to the page asked for, in its language.
  if (!user) return redirect(signInHref(await localized(returnTo)));
  if (user.mustChangePassword && !returnTo.startsWith("/account/password")) return redirect("/account/password");
  return user;
}

export async function requireRole(role: Role, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!hasRole(user.role, role)) return redirect("/account?forbidden=1");
  return user;
}

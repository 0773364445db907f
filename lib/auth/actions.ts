"use server";
/**
 * Sign in, sign out and change one's password: plain form posts (they work
 * without JavaScript). The session cookie is next-auth's JWT format
 * (./session-cookie.ts), read back by lib/auth/session.ts with next-auth's decode.
 */
import { headers } from "next/headers";
import { redirect } from "../i18n/navigation";
import { getDb } from "../db/client";
import { changePassword } from "../users/users";
import { fieldErrors, formDataToObject, postedForm } from "../actions/form-data";
import type { ActionState } from "../actions/state";
import { DATABASE_UNAVAILABLE, whenDatabaseAnswers } from "../actions/define";
import { requestClientIp, verifyCredentials } from "./credentials";
import { safeReturnPath } from "./return-path";
import { changePasswordSchema, signInSchema } from "./schemas";
import { authEnv } from "./env";
import { revokeSession } from "./revoke";
import { clearSession, issueSession } from "./session-cookie";
import { getSessionUser } from "./session";

function lockedState(until: Date, message = "auth.errors.locked", values: Record<string, string> = {}): ActionState {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return { ok: false, message, values: { ...values, minutes } };
}

export async function signIn(previous: ActionState, formData: FormData): Promise<ActionState> {
  const form = postedForm(previous, formData);
  const parsed = signInSchema.safeParse(formDataToObject(form));
  // The address typed comes back with every refusal, so the form can keep it (issue 12).
  const typed = { email: typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 200) : "" };
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues), values: typed };
  const { email, password, callbackUrl } = parsed.data;
  const ip = requestClientIp(await headers());
  const result = await whenDatabaseAnswers(() => verifyCredentials(getDb(), { email, password, ip }));
  if (result === null) return { ...DATABASE_UNAVAILABLE, values: typed };
  if (!result.ok) {
    if (result.reason === "locked") return lockedState(result.until, "auth.errors.locked", typed);
    return { ok: false, message: "auth.errors.invalidCredentials", values: typed };
  }
  await issueSession(result.user);
  return redirect(result.user.mustChangePassword ? "/account/password" : safeReturnPath(callbackUrl));
}

/**
 * Signing out ends this session on the server too (issue 9), not only in this
 * browser: a copied token stops working at once.
 */
export async function signOut(): Promise<void> {
  const user = await whenDatabaseAnswers(getSessionUser);
  if (user) await whenDatabaseAnswers(() => revokeSession(getDb(), user.sessionId, new Date(Date.now() + authEnv().sessionMaxAgeSeconds * 1000)));
  await clearSession();
  return redirect("/partners");
}

export async function changeOwnPassword(previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { ok: false, message: "auth.errors.signInRequired" };
  const parsed = changePasswordSchema.safeParse(formDataToObject(postedForm(previous, formData)));
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const result = await changePassword(user.id, parsed.data.current, parsed.data.next);
  if (!result.ok) {
    if (result.reason === "locked") return lockedState(result.until, "auth.errors.passwordLocked");
    const field = result.reason === "wrongPassword" ? "current" : "next";
    return { ok: false, errors: { [field]: [result.reason] } };
  }
  // The change ended every session of this user (sessionVersion): keep this one.
  await issueSession({ ...user, sessionVersion: result.sessionVersion, mustChangePassword: false });
  return { ok: true, message: "auth.password.changed" };
}

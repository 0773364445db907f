"use server";
/**
 * Sign in, sign out and change one's password: plain form posts (they work
 * without JavaScript). The session cookie is next-auth's JWT format
 * (./session-cookie.ts), read back by getServerSession.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db/client";
import { clientIp } from "../security/client-ip";
import { changePassword } from "../users/users";
import { fieldErrors, formDataToObject } from "./action/form-data";
import type { ActionState } from "./action/state";
import { DATABASE_UNAVAILABLE, whenDatabaseAnswers } from "./action/guard";
import { verifyCredentials } from "./credentials";
import { safeReturnPath } from "./guards";
import { changePasswordSchema, signInSchema } from "./schemas";
import { clearSession, issueSession } from "./session-cookie";
import { getSessionUser } from "./session";

export async function signIn(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse(formDataToObject(formData));
  // The address typed comes back with every refusal, so the form can keep it (issue 12).
  const typed = { email: typeof formData.get("email") === "string" ? String(formData.get("email")).slice(0, 200) : "" };
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues), values: typed };
  const { email, password, callbackUrl } = parsed.data;
  const ip = clientIp(await headers());
  const result = await whenDatabaseAnswers(() => verifyCredentials(getDb(), { email, password, ip }));
  if (result === null) return { ...DATABASE_UNAVAILABLE, values: typed };
  if (!result.ok) {
    if (result.reason === "locked") {
      const minutes = Math.max(1, Math.ceil((result.until.getTime() - Date.now()) / 60_000));
      return { ok: false, message: "auth.errors.locked", values: { ...typed, minutes } };
    }
    return { ok: false, message: "auth.errors.invalidCredentials", values: typed };
  }
  await issueSession(result.user);
  redirect(result.user.mustChangePassword ? "/account/password" : safeReturnPath(callbackUrl));
}

export async function signOut(): Promise<void> {
  await clearSession();
  redirect("/partners");
}

export async function changeOwnPassword(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { ok: false, message: "auth.errors.signInRequired" };
  const parsed = changePasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const result = await changePassword(user.id, parsed.data.current, parsed.data.next);
  if (!result.ok) {
    const field = result.reason === "wrongPassword" ? "current" : "next";
    return { ok: false, errors: { [field]: [result.reason] } };
  }
  // The change ended every session of this user (sessionVersion): keep this one.
  await issueSession({ ...user, sessionVersion: result.sessionVersion, mustChangePassword: false });
  return { ok: true, message: "auth.password.changed" };
}

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { isDatabaseUnavailable } from "../../db/errors";
import { hasRole } from "../roles";
import { getSessionUser, type SessionUser } from "../session";
import type { Role } from "../viewer";
import { fieldErrors, formDataToObject } from "./form-data";
import type { ActionState } from "./state";

/** A user the guard has checked: only `runGuarded` makes one, so a core cannot be handed an unchecked user. */
export type Actor = SessionUser & { readonly __checked: unique symbol };

export interface GuardedResult extends ActionState {
  /** Paths to revalidate after a successful write. */
  revalidate?: string[];
}

/**
 * The guarded pipeline with an explicit user (tests call it directly):
 * authenticate -> parse with zod -> authorize -> run the write (which records
 * its audit entry in the same transaction). Refusals change nothing.
 */
export async function runGuarded<S extends z.ZodType>(
  user: SessionUser | null,
  schema: S,
  raw: unknown,
  write: (actor: Actor, input: z.infer<S>) => Promise<GuardedResult>,
  role: Role = "admin",
): Promise<GuardedResult> {
  if (!user) return { ok: false, message: "auth.errors.signInRequired" };
  // Signed in, but on an admin-issued one-time password: saying "sign in" would be wrong (issue 12).
  if (user.mustChangePassword) return { ok: false, message: "auth.errors.passwordChangeRequired" };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues), message: "auth.errors.invalidForm" };
  if (!hasRole(user.role, role)) return { ok: false, message: "auth.errors.forbidden" };
  return write(user as Actor, parsed.data);
}

/**
 * A server action for `useActionState`: the session's user through `runGuarded`,
 * then revalidation and the redirect the write asked for. Every exported action
 * of lib/partners/actions and lib/users/actions is made with this.
 */
export function adminAction<S extends z.ZodType>(
  schema: S,
  write: (actor: Actor, input: z.infer<S>) => Promise<GuardedResult>,
  role: Role = "admin",
): (previous: ActionState, formData: FormData) => Promise<ActionState> {
  return async (_previous, formData) => {
    const result =
      (await whenDatabaseAnswers(async () => runGuarded(await getSessionUser(), schema, formDataToObject(formData), write, role))) ??
      DATABASE_UNAVAILABLE;
    const { revalidate, ...state } = result;
    if (state.ok) for (const path of revalidate ?? []) revalidatePath(path);
    // redirect() throws: it stays outside any try/catch.
    if (state.ok && state.redirectTo) redirect(state.redirectTo);
    return state;
  };
}

/**
 * A database that does not answer is an expected failure for a form: `work`'s
 * result, or null when the database did not answer (the caller returns
 * DATABASE_UNAVAILABLE: "nothing was saved, try again" in the form, not an
 * error page; a write completes before its answer or not at all, lib/db/write.ts).
 */
export async function whenDatabaseAnswers<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return null;
  }
}

export const DATABASE_UNAVAILABLE: GuardedResult = Object.freeze({ ok: false, message: "auth.errors.databaseUnavailable" });

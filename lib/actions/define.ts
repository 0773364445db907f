import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { after } from "next/server";
import { redirect } from "../i18n/navigation";
import type { z } from "zod";
import { isDatabaseUnavailable } from "../db/errors";
import { hasRole, type Role } from "../auth/roles";
import { getSessionUser, type SessionUser } from "../auth/session";
import { fieldErrors, formDataToObject, postedForm } from "./form-data";
import type { ActionState } from "./state";

/** A user the guard has checked: only `defineAction` makes one, so a write cannot be handed an unchecked user. */
export type Actor = SessionUser & { readonly __checked: unique symbol };

export interface GuardedResult extends ActionState {
  /** Paths to revalidate after a successful write. */
  revalidate?: string[];
}

export interface ActionDefinition<S extends z.ZodType> {
  /** The form's zod schema (shared with the client form). */
  schema: S;
  /** The least role allowed (roles are cumulative); admin when omitted. */
  role?: Role;
  /** The write, with its audit entry in the same transaction; returns the state to show. */
  write: (actor: Actor, input: z.infer<S>) => Promise<GuardedResult>;
  /** Cache tags made stale by a successful write (anonymous reads cached with unstable_cache). */
  tags?: string[];
  /**
   * Work that follows a successful write once the answer has gone (next/server `after`):
   * data derived from the written rows that may trail them by a moment, such as the
   * vocabulary of search suggestions. It must handle its own failures: the write stands.
   */
  after?: () => Promise<void>;
}

/** A server action for `useActionState`, bound to the session's user. */
export type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

export interface DefinedAction<S extends z.ZodType> {
  /** The "use server" export's body: the session's user, the posted form. */
  handle: FormAction;
  readonly definition: ActionDefinition<S>;
}

/**
 * The one declaration of an action (issue 11), in the order the house style
 * gives: authenticate -> parse (zod) -> authorize -> write (with its audit
 * entry, in one transaction) -> revalidate -> redirect or return the state
 * (then, after the answer, the write's follow-up work, if any).
 * A "use server" module declares its actions with this and exports only thin
 * async functions calling `handle`; the tests call those very exports with a
 * real session cookie, so the path production takes is the path tested.
 * Refusals change nothing. A database that does not answer is an expected
 * failure for a form: "nothing was saved, try again" (lib/db/write.ts).
 * This is the only way to declare an action: there is no guard to call on its own.
 */
export function defineAction<S extends z.ZodType>(definition: ActionDefinition<S>): DefinedAction<S> {
  const { schema, write, role = "admin", tags = [], after: followUp } = definition;
  async function perform(user: SessionUser | null, raw: unknown): Promise<ActionState> {
    const result = await whenDatabaseAnswers(() => guarded(user, schema, raw, write, role));
    const { revalidate, ...state } = result ?? DATABASE_UNAVAILABLE;
    if (state.ok) {
      for (const tag of tags) updateTag(tag);
      for (const path of revalidate ?? []) revalidatePath(path);
      if (followUp) after(followUp);
    }
    // redirect() throws: it stays outside any try/catch.
    if (state.ok && state.redirectTo) return redirect(state.redirectTo);
    return state;
  }
  return {
    definition,
    handle: async (previous, formData) => {
      const session = await whenDatabaseAnswers(async () => ({ user: await getSessionUser() }));
      if (!session) return DATABASE_UNAVAILABLE;
      return perform(session.user, formDataToObject(postedForm(previous, formData)));
    },
  };
}

/** authenticate -> parse -> authorize -> write: `defineAction`'s first steps, for it alone. */
async function guarded<S extends z.ZodType>(
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
 * `work`'s result, or null when the database did not answer (the caller
 * answers DATABASE_UNAVAILABLE: a write completes before its answer or not at
 * all, lib/db/write.ts).
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

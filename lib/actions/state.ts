/**
 * What every form's server action returns (issue 4: one typed state for
 * `useActionState`). Messages are i18n keys (with values), translated by the
 * form, so the same state works in French and English and in tests.
 */
export interface ActionState {
  /** Field path ("contacts.0.emails") -> i18n keys of its errors. */
  errors?: Record<string, string[]>;
  /** An i18n key for the whole form ("admin.edit.saved", "auth.errors.forbidden"). */
  message?: string;
  values?: Record<string, string | number>;
  ok?: boolean;
  /** Set when the save was refused because someone else saved first. */
  conflict?: ConflictInfo;
  /** Shown once, e.g. a generated one-time password. */
  secret?: string;
  /** Where the wrapper sends the browser after a successful save. */
  redirectTo?: string;
}

export interface ConflictInfo {
  currentVersion: number;
  changes: Array<{ version: number; at: string; by: string | null; fields: string[]; reason: string | null }>;
  /**
   * The record as saved since (for a partner, its PartnerSnapshot), so the form
   * can show both versions side by side and merge them field by field without
   * retyping. Typed by the form that reads it: this module knows no domain.
   */
  theirs?: unknown;
}

export const initialActionState: ActionState = {};

/**
 * The suggestion forms' zod schemas, shared by the forms and the actions.
 * Error messages are i18n keys of the "admin.errors" namespace.
 */
import { z } from "zod";
import { SUGGESTION_FIELDS } from "./fields";

const id = z.preprocess((v) => Number(v), z.number({ error: "invalid" }).int().positive("invalid"));
const normalised = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v === undefined || v === null ? "" : v);
const text = (min: number, max: number) => z.preprocess(normalised, z.string().trim().min(min, "required").max(max, "tooLong"));

export const MAX_VALUE = 5_000;

/** An officer's (or analyst's) correction of one field: the value they propose and where they have it from. */
export const suggestSchema = z.object({
  partnerId: id,
  field: z.enum(SUGGESTION_FIELDS as unknown as [string, ...string[]], { error: "invalid" }),
  proposedValue: text(0, MAX_VALUE),
  comment: text(1, 1_000),
});
export type SuggestInput = z.infer<typeof suggestSchema>;

/** An admin applies it: the value as they accept it (the proposal, or adjusted) onto the version they reviewed. */
export const acceptSuggestionSchema = z.object({ id, version: id, value: text(0, MAX_VALUE) });
export type AcceptSuggestionInput = z.infer<typeof acceptSuggestionSchema>;

export const rejectSuggestionSchema = z.object({ id, reason: text(1, 1_000) });
export type RejectSuggestionInput = z.infer<typeof rejectSuggestionSchema>;

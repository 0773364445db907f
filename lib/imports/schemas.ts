/**
 * The review page's forms (zod; messages are i18n keys of the "imports" namespace).
 * Decisions are named after the fiche ("p10" partner 10, "a3" actor 3):
 * `f.p10` decides the whole fiche, `d.p10.name` one field (lib/imports/decisions.ts).
 */
import { z } from "zod";

const FICHE = /^[pa]\d{1,4}$/;
const id = z.coerce.number().int().positive();

export const applyImportSchema = z.object({
  id,
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/, "fingerprint"),
  f: z.record(z.string().regex(FICHE), z.enum(["accept", "reject", "fields"])).optional().default({}),
  d: z.record(z.string().regex(FICHE), z.record(z.string().regex(/^[A-Za-z]{1,40}$/), z.enum(["accept", "reject"]))).optional().default({}),
});
export type ApplyImportInput = z.infer<typeof applyImportSchema>;

export const discardImportSchema = z.object({ id });

/** Server actions take at most 1 MB (Next.js's default): a larger edition goes through `npm run import`. */
export const MAX_UPLOAD_BYTES = 1_000_000;

export const stageImportSchema = z.object({
  file: z
    .instanceof(File, { message: "fileMissing" })
    .refine((f) => f.size > 0, "fileMissing")
    .refine((f) => f.size <= MAX_UPLOAD_BYTES, "fileTooLarge"),
  title: z.string().trim().max(120, "titleTooLong").optional().transform((t) => t || null),
});
export type StageImportInput = z.infer<typeof stageImportSchema>;

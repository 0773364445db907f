/**
 * The admin forms' zod schemas, shared by the browser (instant checks) and the
 * server actions (the real checks). Inputs are what lib/actions/form-data.ts
 * makes of a FormData: strings, "on" for ticked boxes, arrays for repeated rows.
 * Error messages are i18n keys of the "admin.errors" namespace.
 */
import { z } from "zod";
import { CapacityPeriod, PartnerCategory, ReturneeExperience } from "../db/generated/enums";

const MAX_TEXT = 20_000;
const MAX_LINE = 500;

/** Missing -> "", and browsers' CRLF line ends in textareas -> LF, as the database stores text. */
const blankToNull = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v);

/** Required text of at most `max` characters. */
const requiredText = (max = MAX_LINE) =>
  z.preprocess(blankToNull, z.string().trim().min(1, "required").max(max, "tooLong"));

/** Optional text: empty becomes null. */
const optionalText = (max = MAX_TEXT) =>
  z.preprocess(blankToNull, z.string().trim().max(max, "tooLong")).transform((v) => (v === "" ? null : v));

/** A textarea with one item per line: blank lines are dropped. */
const lines = (maxItems = 50, item: z.ZodType<string, string> = z.string().max(MAX_LINE, "tooLong")) =>
  z
    .preprocess(blankToNull, z.string())
    .transform((v) => v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(maxItems, "tooMany"));

/** An optional number typed in French or English ("68,5" or "68.5"). */
const optionalNumber = (min: number, max: number, integer = false) =>
  z.preprocess(
    (v) => (v === undefined || v === null || String(v).trim() === "" ? null : Number(String(v).trim().replace(",", "."))),
    (integer ? z.number({ error: "notANumber" }).int("notAnInteger") : z.number({ error: "notANumber" }))
      .min(min, "tooSmall")
      .max(max, "tooBig")
      .nullable(),
  );

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/**
 * Repeated rows ("trainings.0.name", ...). A missing index reads as an empty row
 * (dropped later) rather than shifting the others: error paths and section
 * field positions must keep the form's numbering.
 */
const rows = <T extends z.ZodType>(row: T) =>
  z.preprocess((v) => (Array.isArray(v) ? Array.from(v, (r) => r ?? {}) : []), z.array(row).max(200, "tooMany"));

const id = z.preprocess((v) => Number(v), z.number({ error: "invalid" }).int().positive("invalid"));

const capacitySchema = z
  .object({
    text: optionalText(2_000),
    min: optionalNumber(0, 10_000_000, true),
    max: optionalNumber(0, 10_000_000, true),
    unit: optionalText(100),
    period: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(CapacityPeriod, { error: "invalid" }).nullable()),
    per: optionalText(60),
    unlimited: checkbox,
  })
  .superRefine((c, ctx) => {
    if (c.min !== null && c.max !== null && c.min > c.max) ctx.addIssue({ code: "custom", path: ["max"], message: "maxBelowMin" });
    const hasFigures = c.min !== null || c.max !== null || c.unit !== null || c.period !== null || c.per !== null || c.unlimited;
    if (hasFigures && c.text === null) ctx.addIssue({ code: "custom", path: ["text"], message: "capacityTextRequired" });
  })
  // A capacity with no sentence and no figure is "not stated": no row.
  .transform((c) => (c.text === null ? null : { ...c, text: c.text }));

const trainingRow = z.object({
  name: optionalText(MAX_LINE),
  durationMonths: optionalNumber(0, 120),
  remove: checkbox,
});

const fundingRow = z.object({
  funder: optionalText(100),
  text: optionalText(2_000),
  programme: optionalText(MAX_LINE),
  current: checkbox,
  inferred: checkbox,
  remove: checkbox,
});

const contactRow = z.object({
  name: optionalText(200),
  role: optionalText(300),
  emails: lines(10, z.email("invalidEmail").max(200, "tooLong")),
  phones: lines(10, z.string().max(60, "tooLong")),
  remove: checkbox,
});

const sectionRow = z.object({
  fields: rows(z.object({ value: z.preprocess(blankToNull, z.string().max(MAX_TEXT, "tooLong")) })),
});

/** Everything a partner form holds (edit and create). */
export const partnerFieldsSchema = z
  .object({
    name: requiredText(300),
    displayName: optionalText(300),
    acronym: optionalText(40),
    category: z.enum(PartnerCategory, { error: "required" }),
    structureType: optionalText(MAX_LINE),
    country: optionalText(100),
    national: checkbox,
    nationalText: optionalText(300),
    regions: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(100)).max(30)),
    regionText: optionalText(2_000),
    cities: lines(100),
    cityText: optionalText(2_000),
    supportTypes: lines(30),
    founded: optionalNumber(1800, 2100, true),
    insertionText: optionalText(),
    insertionRate: optionalNumber(0, 100),
    insertionYear: optionalNumber(1950, 2100, true),
    returneeExperience: z.enum(ReturneeExperience, { error: "required" }),
    returneeEvidence: optionalText(),
    costs: optionalText(),
    challenges: optionalText(),
    perspectives: optionalText(),
    websites: lines(20, z.string().max(MAX_LINE, "tooLong")),
    capacities: z.object({ absorption: capacitySchema, total: capacitySchema, returnee: capacitySchema }).partial().default({}),
    // Row checks sit on the lists, not the form: zod runs them even when another field is wrong.
    trainings: rows(trainingRow).superRefine((list, ctx) => {
      list.forEach((t, i) => {
        if (!t.remove && t.name === null && t.durationMonths !== null) ctx.addIssue({ code: "custom", path: [i, "name"], message: "required" });
      });
    }),
    fundings: rows(fundingRow).superRefine((list, ctx) => {
      // The database keeps one funding per funder and period (current or past).
      const seen = new Set<string>();
      list.forEach((f, i) => {
        if (f.remove) return;
        if (f.funder === null) {
          if (f.text !== null || f.programme !== null) ctx.addIssue({ code: "custom", path: [i, "funder"], message: "funderRequired" });
          return;
        }
        const key = `${f.funder}|${f.current}`;
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "funder"], message: "duplicateFunder" });
        seen.add(key);
      });
    }),
    contacts: rows(contactRow),
    sections: rows(sectionRow),
    reason: optionalText(1_000),
  });

export type PartnerFields = z.infer<typeof partnerFieldsSchema>;

const versioned = { id, version: id };

export const partnerEditSchema = partnerFieldsSchema.and(z.object(versioned));
export type PartnerEditInput = z.infer<typeof partnerEditSchema>;

export const partnerCreateSchema = partnerFieldsSchema;

export const partnerStatusSchema = z.object({ ...versioned, reason: optionalText(1_000) });
export type PartnerStatusInput = z.infer<typeof partnerStatusSchema>;

export const partnerRestoreSchema = z.object({ ...versioned, targetVersion: id, reason: optionalText(1_000) });
export type PartnerRestoreInput = z.infer<typeof partnerRestoreSchema>;

/** Marking a fiche verified (issue 10): the version the admin saw, and how it was checked. */
export const partnerVerifySchema = z.object({ ...versioned, note: requiredText(1_000) });
export type PartnerVerifyInput = z.infer<typeof partnerVerifySchema>;


/**
 * A donor's projects (the "projets" of a fiche acteur): the one list of their
 * fields, shared by the seed (lib/seed/donors.ts writes them), the read
 * (projectSelect) and the view (serializeProject). Adding a field: the parser's
 * `ActorProject` (lib/fiches/types.ts), the Prisma model and a migration, then
 * PROJECT_FIELDS here; the seed, the select and the view follow.
 */
import { sourceLines, type SourceLines } from "../directory/source-lines";
import type { ActorProject, MoneyPart } from "../fiches/types";
import { regionRefs, regionRefsSelect, type RegionRef } from "../regions/refs";

/** The fields a project carries as the report gives them, stored as is. */
export const PROJECT_FIELDS = ["name", "theme", "summary", "duration", "startYear", "endYear", "national", "zoneText"] as const;

/** Those fields, typed as the parser gives them. */
export type ProjectFields = Pick<ActorProject, (typeof PROJECT_FIELDS)[number]>;

/** The project's own fields of `row` (a parsed project, a stored one), nothing else. */
export function projectFields(row: ProjectFields): ProjectFields {
  return Object.fromEntries(PROJECT_FIELDS.map((f) => [f, row[f]])) as ProjectFields;
}

/** The Prisma `select` of a project, feeding {@link serializeProject}. */
export const projectSelect = {
  ...(Object.fromEntries(PROJECT_FIELDS.map((f) => [f, true])) as Record<keyof ProjectFields, true>),
  budgetAmount: true,
  budgetCurrency: true,
  budgetText: true,
  budgetParts: true,
  startLine: true,
  endLine: true,
  regions: regionRefsSelect,
} as const;

/** The stored phases or shares of a budget (a JSON column), in the parser's shape; [] for anything else. */
export function budgetParts(json: unknown): MoneyPart[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((p: Partial<MoneyPart> | null) =>
    p && typeof p.label === "string" && typeof p.amount === "number"
      ? [{ label: p.label, amount: p.amount, currency: typeof p.currency === "string" ? p.currency : null }]
      : [],
  );
}

/** A project as {@link projectSelect} reads it. */
export type ProjectRecord = ProjectFields & {
  /** Prisma Decimal (or anything whose toString is a decimal number). */
  budgetAmount: { toString(): string } | null;
  budgetCurrency: string | null;
  budgetText: string | null;
  /** JSON: [{ label, amount, currency }]. */
  budgetParts: unknown;
  startLine: number | null;
  endLine: number | null;
  regions: { region: RegionRef }[];
};

export type ProjectView = ProjectFields & {
  regions: RegionRef[];
  /** Amount in units of `currency` (the upper bound of a range), as the parser read it. */
  /** `parts`: the phases or shares the text lists ("Phase I", "phase II"), `amount` then being their total. */
  budget: { amount: number | null; currency: string | null; text: string; parts: MoneyPart[] } | null;
  lines: SourceLines;
};

export function serializeProject(p: ProjectRecord): ProjectView {
  const amount = p.budgetAmount == null ? null : Number(p.budgetAmount.toString());
  return {
    ...projectFields(p),
    regions: regionRefs(p.regions),
    budget:
      amount == null && p.budgetText == null
        ? null
        : {
            amount: Number.isFinite(amount) ? amount : null,
            currency: p.budgetCurrency,
            text: p.budgetText ?? "",
            parts: budgetParts(p.budgetParts),
          },
    lines: sourceLines(p.startLine, p.endLine),
  };
}

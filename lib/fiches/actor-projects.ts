/**
 * The project blocks of the actor fiches (docs/report-format.md §3.5, §4.13). Under each
 * theme header comes `Nom des projets` and the fields of the projects it
 * names. One block may name several projects: the names are then a list, and
 * the other fields carry per-project prefixes (`PAFEEM :` on its own line,
 * `• EPEC : 2020 – 2024`, `Projet ACEFOR`, `CIV` for `CIV-Mali`).
 */
import type { ActorProject, FicheField, FicheSection, LineRange } from "./types";
import { parseYearRange } from "./values/dates";
import { parseMoney } from "./values/money";
import { parseRegions } from "./values/regions";
import { fold, joinLines } from "./values/text";
import { TOP_BULLET_RE } from "./values/bullets";

const PROJECT_FIELDS = ["projectSummary", "projectDuration", "projectZone", "projectBudget"] as const;
type ProjectFieldKey = (typeof PROJECT_FIELDS)[number];

interface Block {
  names: FicheField | null;
  fields: Partial<Record<ProjectFieldKey, FicheField>>;
  lines: LineRange;
}

// `PAFEEM : 2021-2026`, `• EPEC :` — a short key, then a colon.
const PREFIXED = /^(?:[•\-–]\s*)?([^:•]{1,50}?)\s*:\s*(.*)$/;

export function parseActorProjects(themeSections: FicheSection[]): ActorProject[] {
  const projects: ActorProject[] = [];
  for (const section of themeSections) {
    if (section.key !== "theme") continue;
    for (const block of blocksOf(section)) projects.push(...projectsOf(block, section.heading));
  }
  return projects;
}

/** A block opens at each project-name field; a theme with project fields but no name still makes one. */
function blocksOf(section: FicheSection): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const field of section.fields) {
    if (field.key === "projectNames" || current === null) {
      current = { names: null, fields: {}, lines: [...field.lines] };
      blocks.push(current);
    }
    if (field.key === "projectNames") current.names = field;
    else if ((PROJECT_FIELDS as readonly string[]).includes(field.key ?? "")) current.fields[field.key as ProjectFieldKey] ??= field;
    current.lines[1] = Math.max(current.lines[1], field.lines[1]);
  }
  return blocks.filter((b) => b.names || Object.keys(b.fields).length > 0);
}

interface Named {
  name: string;
  /** Folded keys the report may use for the project: acronyms, leading short name, full name. */
  keys: string[];
  /** The name folded, and its folded words: computed once, as every value line is compared with every project. */
  folded: string;
  words: string[];
}

const named = (name: string): Named => ({ name, keys: keysOf(name), folded: fold(name), words: wordsOf(name) });

function projectsOf(block: Block, theme: string): ActorProject[] {
  const several = ["projectDuration", "projectZone", "projectBudget"].some((k) => prefixCount(block.fields[k as ProjectFieldKey]?.value) >= 2);
  const names = block.names ? splitNames(block.names.value, several) : [];
  const projects: Named[] = (names.length > 0 ? names : [theme]).map(named);
  const parts = Object.fromEntries(
    PROJECT_FIELDS.map((k) => [k, block.fields[k] ? splitByProject(block.fields[k].value, projects, k === "projectSummary") : null]),
  ) as Record<ProjectFieldKey, (string | null)[] | null>;

  return projects.map((p, i) => {
    const summary = parts.projectSummary?.[i] ?? null;
    const duration = parts.projectDuration?.[i] ?? null;
    const zoneText = parts.projectZone?.[i] ?? null;
    const budgetText = parts.projectBudget?.[i] ?? null;
    const zones = zoneText ? parseRegions(zoneText) : null;
    return {
      name: p.name,
      theme: theme === "" ? null : theme,
      summary,
      duration,
      ...(duration ? parseYearRange(duration) : { startYear: null, endYear: null }),
      zones: zones?.regions ?? [],
      national: zones?.national ?? false,
      zoneText,
      budget: budgetText ? parseMoney(budgetText) : null,
      lines: [...block.lines] as LineRange,
    };
  });
}

/** Distinct `KEY :` prefixes on the lines of a value. */
function prefixCount(value: string | undefined): number {
  if (!value) return 0;
  const keys = new Set<string>();
  for (const line of value.split("\n")) {
    const m = PREFIXED.exec(line);
    if (m && m[1].trim().split(/\s+/).length <= 4) keys.add(fold(m[1].trim()));
  }
  return keys.size;
}

/**
 * Project names: a bullet list (wrapped items continue without a bullet), or
 * plain lines. Plain lines are one wrapped name unless other fields show
 * several projects; then a line ending with `)` closes a name (`… (PAPSE)`).
 */
function splitNames(value: string, several: boolean): string[] {
  const lines = value.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const items: string[][] = [];
  const bulleted = lines.some((l) => TOP_BULLET_RE.test(l));
  for (const [i, line] of lines.entries()) {
    const opens = bulleted ? TOP_BULLET_RE.test(line) : several && i > 0 && /\)$/.test(lines[i - 1]) && /^\p{Lu}/u.test(line);
    if (opens || items.length === 0) items.push([]);
    items[items.length - 1].push(line.replace(TOP_BULLET_RE, ""));
  }
  return items.map((parts) => joinLines(parts)).filter((n) => n !== "");
}

const wordsOf = (s: string) => fold(s).split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== "");
const compact = (s: string) => fold(s).replace(/[^\p{L}\p{N}]/gu, "");
const ACRONYM = /^[\p{Lu}\p{N}][\p{L}\p{N}/&.-]*$/u;

function keysOf(name: string): string[] {
  const keys = new Set<string>([compact(name)]);
  for (const m of name.matchAll(/\(([^()]+)\)/g)) {
    const inside = m[1].trim();
    const first = inside.split(/[,\s]/)[0];
    if (ACRONYM.test(first) && (first.match(/\p{Lu}/gu)?.length ?? 0) >= 2) keys.add(compact(first));
    if (inside.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(inside)) keys.add(compact(inside));
  }
  // `PREBC - Projet de …`, `Particip – Programme …`, `Pro-ARIDES (Programme …`, `2SCALE : The largest …`.
  const lead = name.split(/\s+[-–:]\s+|\s*\(/)[0].trim();
  if (lead !== name && lead.split(/\s+/).length <= 3) keys.add(compact(lead));
  keys.delete("");
  return [...keys];
}

/** The project a prefix or header designates, or -1. */
function projectFor(prefix: string, projects: Named[]): number {
  const bare = prefix.replace(/^(?:le\s+)?(?:projet|programme)\s+/i, "").replace(/\s*:$/, "").trim();
  const key = compact(bare);
  if (key === "") return -1;
  const exact = projects.findIndex((p) => p.keys.includes(key));
  if (exact >= 0) return exact;
  // `CIV` for `CIV-Mali`: the prefix is the first part of a hyphenated or slashed code in the name.
  const foldedBare = fold(bare);
  const partial = projects.findIndex((p) => isCodeHead(foldedBare, p.folded));
  if (partial >= 0) return partial;
  // `Agro-entreprises` for `Promotion du financement … des agro-entreprises …`: every word in the name.
  const words = wordsOf(bare).filter((w) => w.length > 2);
  if (words.length === 0 || words.length > 4) return -1;
  const hits = projects.flatMap((p, i) => (words.every((w) => p.words.includes(w)) ? [i] : []));
  return hits.length === 1 ? hits[0] : -1;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `civ` heads `… (civ-mali)`: found whole at the start of a word, then `-` or `/` and more of the code (both folded). */
function isCodeHead(head: string, name: string): boolean {
  for (let i = name.indexOf(head); i >= 0; i = name.indexOf(head, i + 1)) {
    const after = i + head.length;
    if (i > 0 && LETTER_OR_DIGIT.test(name[i - 1])) continue;
    if ((name[after] === "-" || name[after] === "/") && LETTER_OR_DIGIT.test(name[after + 1] ?? "")) return true;
  }
  return false;
}

/** Where a value line opens a project's part: its index and what of the line belongs to the part. */
function header(line: string, projects: Named[], wholeLines: boolean): { project: number; rest: string } | null {
  const prefixed = PREFIXED.exec(line);
  if (prefixed) {
    const project = projectFor(prefixed[1], projects);
    if (project >= 0) return { project, rest: prefixed[2].trim() };
  }
  // Summaries also head a part with the bare name (`Projet ACEFOR`, `JADE`,
  // `Particip - En cours …`): a capitalised line, not a sentence or list item.
  if (!wholeLines || TOP_BULLET_RE.test(line) || !/^[\p{Lu}\p{N}«“"]/u.test(line) || /[;,.]$/.test(line)) return null;
  const exact = projects.findIndex((p) => p.keys.includes(compact(line)));
  if (exact >= 0) return { project: exact, rest: "" };
  const whole = line.split(/\s+/).length <= 6 ? projectFor(line, projects) : -1;
  if (whole >= 0) return { project: whole, rest: "" };
  const lead = line.split(/\s+[-–]\s+/)[0];
  const led = lead !== line ? projectFor(lead, projects) : -1;
  return led >= 0 ? { project: led, rest: line } : null;
}

/**
 * Cut a field value into per-project parts. Lines before the first header are
 * shared by every project; a value with no header at all goes to every project.
 */
function splitByProject(value: string, projects: Named[], wholeLines: boolean): (string | null)[] {
  const lines = value.split("\n");
  const shared: string[] = [];
  const parts: string[][] = projects.map(() => []);
  const seen = projects.map(() => false);
  let current = -1;
  for (const line of lines) {
    const h = header(line.trim(), projects, wholeLines);
    if (h) {
      current = h.project;
      seen[current] = true;
      if (h.rest !== "") parts[current].push(h.rest);
    } else if (current >= 0) parts[current].push(line);
    else shared.push(line);
  }
  if (!seen.some(Boolean)) return projects.map(() => nonEmpty(value));
  return parts.map((p, i) => (seen[i] ? nonEmpty([...shared, ...p].join("\n")) : null));
}

function nonEmpty(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

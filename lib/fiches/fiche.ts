/**
 * Turns the lines of one fiche into its sub-headed sections of label/value
 * fields. Every content line ends up in exactly one place (a sub-header, a
 * label or a value): text the parser cannot label stays in the value above it,
 * or becomes an unlabelled field, and is reported, never dropped.
 */
import {
  LABELS,
  matchLabel,
  matchSubheader,
  normalisedLine,
  PROJECT_NAME_KEY,
  type FicheKind,
  type LabelMatch,
  type MatchContext,
} from "./labels";
import type { FicheField, FicheSection, ParseWarning, SourceLine } from "./types";
import { isBullet } from "./values/bullets";

export interface ParsedFiche {
  sections: FicheSection[];
  /** Source line of each value line of each field (the value's lines, in order). */
  valueLines: Map<FicheField, number[]>;
  /** Every http(s)/www URL of the fiche, text and link dumps, de-duplicated. */
  websites: string[];
  warnings: ParseWarning[];
}

/** A field while it is being read: its value lines are kept for the line ranges. */
interface OpenField {
  key: string | null;
  label: string;
  first: number;
  values: { n: number; text: string }[];
  last: number;
}

interface OpenSection {
  key: string;
  heading: string;
  first: number;
  last: number;
  fields: OpenField[];
}

const WINDOW = 6;
export const DISPLAY_NAME_KEY = "displayName";

export function parseFiche(kind: FicheKind, body: SourceLine[]): ParsedFiche {
  const content = body.filter((l) => l.kind === "content");
  const texts = content.map((l) => l.text);
  const warnings: ParseWarning[] = [];
  const sections: OpenSection[] = [];
  let section: OpenSection = { key: "identity", heading: "", first: content[0]?.n ?? 0, last: 0, fields: [] };
  sections.push(section);
  let field: OpenField | null = null;
  // The line after a label standing alone is always its value, whatever it looks like.
  let expectValue = false;
  let prev = "";

  const openSection = (key: string, heading: string, from: number, to: number) => {
    field = null;
    section = { key, heading, first: from, last: to, fields: [] };
    sections.push(section);
  };

  for (let i = 0; i < content.length; ) {
    const line = content[i];
    const window = texts.slice(i, i + WINDOW);
    const ctx: MatchContext = { fiche: kind, section: section.key };
    const rowMayStart = !expectValue;
    const open = endsOpen(prev);

    if (rowMayStart) {
      const sub = matchSubheader(window, ctx);
      const label = matchLabel(window, ctx);
      if (sub && (sub.strong || !open) && !(label && outranks(label, sub, section.key))) {
        const last = content[i + sub.lineCount - 1];
        openSection(sub.key, sub.label, line.n, last.n);
        prev = last.text;
        i += sub.lineCount;
        continue;
      }
      if (kind === "actor" && !label && !open && isThemeHeader(texts, i, ctx)) {
        openSection("theme", line.text, line.n, line.n);
        prev = line.text;
        i += 1;
        continue;
      }
      if (label && (label.strong || !open)) {
        const last = content[i + label.lineCount - 1];
        field = { key: label.key, label: label.label, first: line.n, values: [], last: last.n };
        if (label.inlineValue) field.values.push({ n: last.n, text: label.inlineValue });
        section.fields.push(field);
        expectValue = !label.inlineValue;
        prev = label.inlineValue ?? "";
        i += label.lineCount;
        continue;
      }
    }

    if (!field) {
      // The line under the fiche heading is the display name, the one text of the fiche without a label.
      const key = section.key === "identity" && section.fields.length === 0 ? DISPLAY_NAME_KEY : null;
      field = { key, label: "", first: line.n, values: [], last: line.n };
      section.fields.push(field);
      if (key === null) {
        warnings.push({ line: line.n, code: "unlabelled-value", message: `value without a label under "${section.heading}"` });
      }
    }
    field.values.push({ n: line.n, text: line.text });
    field.last = line.n;
    expectValue = false;
    prev = line.text;
    i += 1;
  }

  const valueLines = new Map<FicheField, number[]>();
  const closed = sections
    .filter((s) => s.key !== "identity" || s.fields.length > 0)
    .map((s) => closeSection(s, valueLines));
  return { sections: closed, valueLines, websites: collectWebsites(body), warnings };
}

/** `Partenariats` alone: the sub-header, unless the fiche is already under it (then a label, FP9). */
function outranks(label: LabelMatch, sub: LabelMatch, current: string): boolean {
  if (label.lineCount !== sub.lineCount) return label.lineCount > sub.lineCount;
  if (label.label.length !== sub.label.length) return label.label.length > sub.label.length;
  return current === sub.key;
}

/**
 * An actor's theme header is free text (`Développement rural`), recognised by
 * what follows it: the project-name label that opens every project block.
 */
function isThemeHeader(texts: string[], i: number, ctx: MatchContext): boolean {
  const text = texts[i];
  if (!/^\p{Lu}/u.test(text) || /[.;,:]$/.test(text) || text.length > 120) return false;
  const next = matchLabel(texts.slice(i + 1, i + 1 + WINDOW), ctx);
  return next?.key === PROJECT_NAME_KEY;
}

const CONNECTORS = new Set(
  (
    "de du des d la le les l et ou a au aux en par pour avec sur dans un une son sa ses leur leurs " +
    "ce cet cette ces qui que dont entre vers chez sans sous selon via the and of"
  ).split(" "),
);

/** Whether a value line stops mid-sentence, so the next line cannot open a new row. */
export function endsOpen(text: string): boolean {
  // An address closes its line even when it ends with `/` or `-`.
  if (/(:\/\/|www\.|@)\S*$/.test(text.trim())) return false;
  const t = normalisedLine(text).text;
  if (t === "") return false;
  if (/[,(:'\-/&+]$/.test(t)) return true;
  // `de l'` ends with an apostrophe, caught above; the last word is what follows the last space.
  return CONNECTORS.has(t.slice(t.lastIndexOf(" ") + 1));
}

function closeSection(s: OpenSection, valueLines: Map<FicheField, number[]>): FicheSection {
  const fields: FicheField[] = s.fields.map((f) => {
    const field: FicheField = {
      key: f.key,
      label: f.label,
      value: f.values.map((v) => v.text).join("\n"),
      lines: [f.first, f.last],
    };
    valueLines.set(field, f.values.map((v) => v.n));
    return field;
  });
  const last = Math.max(s.last, ...fields.map((f) => f.lines[1]));
  const first = s.heading === "" && fields.length > 0 ? fields[0].lines[0] : s.first;
  return { key: s.key, heading: s.heading, fields, lines: [first, last] };
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;

/**
 * URLs from the text and from the link dumps. Which ones are the
 * organisation's own cannot be told from the text, so all are kept, once
 * each (`www.grdr.org` and `http://www.grdr.org/` are one site).
 */
export function collectWebsites(lines: SourceLine[]): string[] {
  const byKey = new Map<string, string>();
  const lineEnds = new Set<string>();
  for (const line of lines) {
    if (line.kind !== "content" && line.kind !== "link") continue;
    for (const found of line.text.match(URL) ?? []) {
      const url = found.replace(/[.,;:)\]]+$/, "");
      if (line.kind === "content" && line.text.endsWith(found)) lineEnds.add(url);
      const key = url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/$/, "");
      const kept = byKey.get(key);
      if (!kept || (!/^https?:/i.test(kept) && /^https?:/i.test(url))) byKey.set(key, url);
    }
  }
  const urls = [...byKey.values()];
  // `https://www.rmo-` ending a line is the first half of a URL the text wraps; the dump has it whole.
  return urls.filter((u) => !(lineEnds.has(u) && urls.some((other) => other !== u && other.startsWith(u))));
}

/** The value of the first field with this key, or null. */
export function fieldValue(sections: FicheSection[], key: string, sectionKey?: string): string | null {
  return ficheField(sections, key, sectionKey)?.value ?? null;
}

/** The first field with this label key (label as written, value, lines); null when the fiche lacks it. */
export function ficheField(sections: FicheSection[], key: string, sectionKey?: string): FicheField | null {
  for (const s of sections) {
    if (sectionKey && s.key !== sectionKey) continue;
    const f = s.fields.find((x) => x.key === key);
    if (f) return f;
  }
  return null;
}

/** Every value of the fiche, in order (for searches over the whole text). */
export function allValues(sections: FicheSection[]): string[] {
  return sections.flatMap((s) => s.fields.map((f) => f.value));
}

/**
 * The lines of the Contacts block as written, labels included, with the
 * `mailto:` lines the extraction dumps after them (they carry the exact addresses).
 */
export function contactBlockLines(body: SourceLine[], sections: FicheSection[]): { n: number; text: string }[] {
  const contacts = sections.find((s) => s.key === "contacts");
  if (!contacts) return [];
  return body
    .filter((l) => l.n > contacts.lines[0] && (l.kind === "content" || l.kind === "mailto"))
    .map((l) => ({ n: l.n, text: l.text }));
}


/**
 * A row whose label the extraction lost (FP8: `Cycle classique…` sits under
 * `Types de formations` where the sibling fiches have `Fréquence des
 * cohortes`). Two clues must agree: most sibling fiches have a label here
 * that this fiche lacks, and the value above is a closed bullet list followed
 * by a paragraph. The paragraph then becomes an unlabelled field.
 */
export function recoverLostLabels(fiches: ParsedFiche[]): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const order = new Map<string, number>();
  LABELS.forEach((l, i) => order.set(l.key, order.get(l.key) ?? i));
  const keysBySection = fiches.map((f) => {
    const bySection = new Map<string, Set<string | null>>();
    for (const s of f.sections) {
      const keys = bySection.get(s.key) ?? new Set();
      s.fields.forEach((x) => keys.add(x.key));
      bySection.set(s.key, keys);
    }
    return bySection;
  });

  fiches.forEach((fiche, index) => {
    for (const section of fiche.sections) {
      const present = keysBySection[index].get(section.key)!;
      for (let i = 0; i + 1 < section.fields.length; i++) {
        const [field, next] = [section.fields[i], section.fields[i + 1]];
        if (!field.key || !next.key) continue;
        const [from, to] = [order.get(field.key)!, order.get(next.key)!];
        if (to - from < 2) continue;
        const siblings = keysBySection
          .filter((_, j) => j !== index)
          .map((m) => m.get(section.key))
          .filter((keys): keys is Set<string | null> => !!keys && keys.has(field.key) && keys.has(next.key));
        const lost = LABELS.find(
          (l) =>
            order.get(l.key)! > from &&
            order.get(l.key)! < to &&
            !present.has(l.key) &&
            siblings.length >= 2 &&
            siblings.filter((keys) => keys.has(l.key)).length * 2 > siblings.length,
        );
        const cut = lost ? paragraphAfterList(field.value) : -1;
        if (!lost || cut < 0) continue;
        const numbers = fiche.valueLines.get(field)!;
        const values = field.value.split("\n");
        const orphan: FicheField = {
          key: null,
          label: "",
          value: values.slice(cut).join("\n"),
          lines: [numbers[cut], field.lines[1]],
        };
        field.value = values.slice(0, cut).join("\n");
        field.lines = [field.lines[0], numbers[cut - 1]];
        fiche.valueLines.set(field, numbers.slice(0, cut));
        fiche.valueLines.set(orphan, numbers.slice(cut));
        section.fields.splice(i + 1, 0, orphan);
        warnings.push({
          line: numbers[cut],
          code: "label-missing",
          message: `value without its label (the sibling fiches have "${lost.wordings[0]}" here)`,
        });
      }
    }
  });
  return warnings;
}

/** Index of the first paragraph line after a bullet list closed by a full stop; -1 if the value is not so shaped. */
function paragraphAfterList(value: string): number {
  const lines = value.split("\n");
  if (!isBullet(lines[0])) return -1;
  for (let k = 1; k < lines.length; k++) {
    if (!isBullet(lines[k]) && /\.$/.test(lines[k - 1]) && /^\p{Lu}/u.test(lines[k])) return k;
  }
  return -1;
}

/**
 * Section 1, "Liste des acteurs rencontrés": a 4-column table
 * (Type d'acteur | Organisation | Position | Date de la rencontre) flattened
 * into lines where each cell wraps on its own (docs/report-format.md §5, §4.7).
 *
 * A row opens with an actor type and closes with its `dd/mm/yyyy` date; a row
 * without a date is closed by the next actor type.
 */
import type { Interview, ParseWarning, SourceLine } from "../types";
import { fold, joinLines, squash } from "../values/text";
import { matchActorType } from "./actor-types";
import { splitOrganisationPosition } from "./positions";

const HEADER = /^Type\s+d['’‘]acteur\b/i;
const HEADER_TAIL = /^(?:Date de la|rencontre|Date de la rencontre)$/i;
const TRAILING_DATE = /(?:^|\s)(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

interface RawRow {
  actorType: string;
  parts: string[];
  date: { day: number; month: number; year: number } | null;
  first: number;
  last: number;
}

export function parseInterviews(lines: SourceLine[]): { interviews: Interview[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const content = lines.filter((l) => l.kind === "content");
  const headerAt = content.findIndex((l) => HEADER.test(l.text));
  if (headerAt < 0) {
    const line = content[0]?.n ?? lines[0]?.n ?? 0;
    warnings.push({ line, code: "table-header-missing", message: "interview table header (Type d’acteur…) not found" });
  }
  const body = content.slice(headerAt + 1);
  const texts = body.map((l) => l.text);

  const rows: RawRow[] = [];
  let open: RawRow | null = null;
  const closeUndated = () => {
    if (open && open.date === null) {
      warnings.push({ line: open.first, code: "interview-date-missing", message: "interview row has no date" });
    }
    open = null;
  };

  for (let i = 0; i < body.length; i++) {
    const type = matchActorType(texts, i);
    if (type) {
      closeUndated();
      open = { actorType: type.type, parts: [], date: null, first: body[i].n, last: body[type.lastIndex].n };
      rows.push(open);
      i = type.lastIndex;
      if (type.rest !== "") readCell(open, type.rest, body[i].n);
      if (open.date) open = null;
      continue;
    }
    if (open) {
      readCell(open, body[i].text, body[i].n);
      if (open.date) open = null;
    } else if (rows.length === 0 && HEADER_TAIL.test(body[i].text)) {
      continue;
    } else {
      warnings.push({ line: body[i].n, code: "unplaced-line", message: `line outside any interview row: ${body[i].text}` });
    }
  }
  closeUndated();

  const interviews: Interview[] = [];
  for (const row of rows) {
    const interview = toInterview(row, warnings);
    if (interview) interviews.push(interview);
  }
  flagDuplicates(interviews);
  warnings.sort((a, b) => a.line - b.line);
  return { interviews, warnings };
}

function readCell(row: RawRow, text: string, n: number): void {
  row.last = n;
  const date = TRAILING_DATE.exec(text);
  if (date) {
    row.date = { day: Number(date[1]), month: Number(date[2]), year: Number(date[3]) };
    text = text.slice(0, date.index);
  }
  if (text.trim() !== "") row.parts.push(text.trim());
}

function toInterview(row: RawRow, warnings: ParseWarning[]): Interview | null {
  const text = joinLines(row.parts);
  if (text === "") {
    warnings.push({ line: row.first, code: "interview-empty", message: `"${row.actorType}" row without organisation` });
    return null;
  }
  const split = splitOrganisationPosition(text);
  if (!split || split.organisation === "") {
    warnings.push({ line: row.first, code: "interview-position-missing", message: `no position found in "${text}"` });
  }
  return {
    actorType: row.actorType,
    organisation: split && split.organisation !== "" ? split.organisation : text,
    position: split && split.organisation !== "" ? split.position : "",
    date: isoDate(row, warnings),
    duplicate: false,
    lines: [row.first, row.last],
  };
}

function isoDate(row: RawRow, warnings: ParseWarning[]): string | null {
  if (!row.date) return null;
  const { day, month, year } = row.date;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    warnings.push({ line: row.last, code: "interview-date-invalid", message: `not a date: ${day}/${month}/${year}` });
    return null;
  }
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const orgKey = (organisation: string) => squash(fold(organisation));

/**
 * The report repeats some meetings under a wrong actor type (four incubators
 * listed again, twice, as training centres: docs/report-format.md §4.7). A meeting is one
 * (organisation, position, date); when it appears under several types, the
 * right type is the one the organisation's other meetings use, and failing
 * that the one it was first listed under (the copies come after the original).
 */
function flagDuplicates(interviews: Interview[]): void {
  const meetings = new Map<string, Interview[]>();
  for (const it of interviews) {
    const key = [orgKey(it.organisation), fold(it.position), it.date ?? ""].join("|");
    meetings.set(key, [...(meetings.get(key) ?? []), it]);
  }
  for (const rows of meetings.values()) {
    const types = new Set(rows.map((r) => r.actorType));
    if (types.size < 2) continue;
    const others = interviews.filter((it) => orgKey(it.organisation) === orgKey(rows[0].organisation) && !rows.includes(it));
    const votes = new Map<string, number>();
    for (const it of others) votes.set(it.actorType, (votes.get(it.actorType) ?? 0) + 1);
    let right = rows[0].actorType;
    let best = votes.get(right) ?? 0;
    for (const type of types) {
      if ((votes.get(type) ?? 0) > best) {
        right = type;
        best = votes.get(type) ?? 0;
      }
    }
    for (const r of rows) if (r.actorType !== right) r.duplicate = true;
  }
}

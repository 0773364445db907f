/**
 * The Contacts block of a fiche (docs/report-format.md §4.5): persons under "Point
 * focal" / "Point(s) focal(aux)", their phones and e-mails under "Contact",
 * sometimes on the person's own line, sometimes one line per person in the
 * same order as the persons, sometimes with no person at all.
 */
import type { Contact, LineRange, Phone } from "../types";
import { parseEmails } from "./emails";
import { startsWithJobTitle } from "./job-titles";
import { parsePhones } from "./phones";
import { isBullet, stripBullet } from "./bullets";

export interface BlockLine {
  n: number;
  text: string;
}

/** The labels of the block, at line start; "Point(s)" / "focal(aux)" can wrap. */
const LABEL_RE = /^(?:point\(s\)\s*focal\(aux\)|points?\s+focal(?:\(aux\)|aux)?|point\(s\)|focal\(aux\)|contacts?)(?=\s|:|$)\s*:?\s*/i;
const CONTACT_LABEL_RE = /^contacts?(?=\s|:|$)/i;
const NOISE_RE = /^(?:https?:\/\/|www\.)|^\d{1,3}$/i;
const MAILTO_RE = /^mailto:/i;


interface PersonDraft {
  text: string;
  phones: Phone[];
  emails: string[];
  lines: number[];
  bulleted: boolean;
}

interface InfoLine {
  phones: Phone[];
  emails: string[];
  n: number;
}

/** Index of the first phone or e-mail in a line, or -1. */
function firstContactIndex(text: string): number {
  const phone = text.search(/(?:\+\s?223|00\s?223)|\d{2}[.\s]\d{2}[.\s]\d{2}[.\s]\d{2}/);
  const email = text.search(/[A-Za-z0-9._%+-]+@/);
  const found = [phone, email].filter((i) => i >= 0);
  return found.length ? Math.min(...found) : -1;
}

/** A person's name and role from "Name, Role", "Role, Name" or "Role Name" (title-then-name). */
export function splitNameRole(text: string): { name: string | null; role: string | null } {
  const t = stripBullet(text).replace(/\s+/g, " ").replace(/^[\s;,/]+|[\s;,/]+$/g, "");
  if (!t) return { name: null, role: null };
  const comma = t.indexOf(",");
  if (comma > 0) {
    const a = t.slice(0, comma).trim();
    const b = t.slice(comma + 1).trim();
    if (startsWithJobTitle(a) && !startsWithJobTitle(b)) return { name: b, role: a };
    return { name: a, role: b || null };
  }
  if (startsWithJobTitle(t)) {
    // "Directeur de Production Awa DIARRA": the upper-case surname and the given name before it.
    const words = t.split(" ");
    let i = words.length;
    while (i > 0 && /^\p{Lu}[\p{Lu}'’-]+$/u.test(words[i - 1])) i--;
    if (i < words.length && i > 1) i--;
    else if (i === words.length) i = Math.max(1, words.length - 2);
    return { name: words.slice(i).join(" "), role: words.slice(0, i).join(" ") };
  }
  return { name: t, role: null };
}

function addUnique<T>(list: T[], items: T[], key: (x: T) => string): void {
  for (const it of items) if (!list.some((x) => key(x) === key(it))) list.push(it);
}
const phoneKey = (p: Phone) => p.e164 ?? p.text;
const emailKey = (e: string) => e.toLowerCase();

/**
 * Contacts of a fiche's Contacts block, one per person, each with the phones
 * and e-mails that belong to it. Unattributable details go to the first person;
 * a block without a person gives one contact with name null.
 */
export function parseContactBlock(lines: BlockLine[]): Contact[] {
  const persons: PersonDraft[] = [];
  const infos: InfoLine[] = [];
  const mailtos: { email: string; n: number }[] = [];
  let inContactPart = false;

  for (const { n, text: raw } of lines) {
    let text = raw.trim();
    if (!text || NOISE_RE.test(text)) continue;
    if (MAILTO_RE.test(text)) {
      for (const email of parseEmails(text)) mailtos.push({ email, n });
      continue;
    }
    if (CONTACT_LABEL_RE.test(text)) inContactPart = true;
    text = text.replace(LABEL_RE, "").trim();
    if (!text) continue;
    const cut = firstContactIndex(text);
    const personPart = (cut >= 0 ? text.slice(0, cut) : text).replace(/[\s;,/]+$/, "").trim();
    const phones = cut >= 0 ? parsePhones(text.slice(cut)) : [];
    const emails = cut >= 0 ? parseEmails(text.slice(cut)) : [];

    if (personPart && !inContactPart) {
      const bulleted = isBullet(personPart);
      const prev = persons.at(-1);
      // A wrapped title continues the person: no bullet where bullets are used,
      // a lower-case start, or no comma ("Professionnelle – Emploi", "Michel").
      const continues =
        prev !== undefined &&
        !bulleted &&
        (prev.bulleted || /^\p{Ll}/u.test(personPart) || !personPart.includes(","));
      if (continues) {
        prev.text += ` ${personPart}`;
        prev.lines.push(n);
        addUnique(prev.phones, phones, phoneKey);
        addUnique(prev.emails, emails, emailKey);
      } else {
        persons.push({ text: personPart, phones, emails, lines: [n], bulleted });
      }
    } else if (phones.length || emails.length) {
      infos.push({ phones, emails, n });
    }
  }

  const drafts: PersonDraft[] = persons.length
    ? persons
    : [{ text: "", phones: [], emails: [], lines: [], bulleted: false }];
  // Contact lines follow the persons in the same order; leftovers go to the first person.
  const waiting = drafts.filter((p) => p.phones.length === 0 && p.emails.length === 0);
  infos.forEach((info, i) => {
    const target = drafts.length === 1 ? drafts[0] : (waiting[i] ?? drafts[0]);
    addUnique(target.phones, info.phones, phoneKey);
    addUnique(target.emails, info.emails, emailKey);
    target.lines.push(info.n);
  });
  // A mailto line is only a source when the visible text lost the address.
  const known = new Set(drafts.flatMap((p) => p.emails.map(emailKey)));
  if (drafts.length === 1) {
    for (const m of mailtos) {
      if (known.has(emailKey(m.email))) continue;
      drafts[0].emails.push(m.email);
      drafts[0].lines.push(m.n);
    }
  }

  const allLines = lines.map((l) => l.n);
  return drafts
    .filter((p) => p.text || p.phones.length || p.emails.length)
    .map((p) => {
      const { name, role } = splitNameRole(p.text);
      const used = p.lines.length ? p.lines : allLines;
      const range: LineRange = [Math.min(...used), Math.max(...used)];
      return { name, role, phones: p.phones, emails: p.emails, lines: range };
    });
}

import "server-only";
/**
 * Reads of suggestions. Suggestions may hold personal data (a contact's phone):
 * only admins (the queue) and their own author (/account) read them; no
 * public page, API or export does.
 */
import { getDb, type Db } from "../db/client";
import { loadSnapshot } from "../partners/history";
import { fieldText, isSuggestionField, type SuggestionField } from "./fields";

const person = (u: { name: string | null; email: string } | null) => (u ? (u.name ? `${u.name} (${u.email})` : u.email) : null);

export interface QueuedSuggestion {
  id: number;
  field: SuggestionField;
  partner: { slug: string; name: string; version: number };
  by: string;
  at: Date;
  comment: string | null;
  /** What the suggester saw, and what the fiche says now (it may have changed since). */
  seenValue: string;
  currentValue: string;
  proposedValue: string;
}

/** The admins' queue: pending suggestions, oldest first, each compared with the fiche as it is now. */
export async function pendingSuggestions(db: Db = getDb()): Promise<QueuedSuggestion[]> {
  const rows = await db.suggestion.findMany({
    where: { status: "pending" },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: {
      id: true,
      field: true,
      comment: true,
      createdAt: true,
      currentValue: true,
      proposedValue: true,
      partnerId: true,
      partner: { select: { slug: true, displayName: true, version: true } },
      createdBy: { select: { name: true, email: true } },
    },
  });
  const snapshots = new Map(
    await Promise.all([...new Set(rows.map((r) => r.partnerId))].map(async (id) => [id, await loadSnapshot(db, id)] as const)),
  );
  return rows
    .filter((r) => isSuggestionField(r.field))
    .map((r) => {
      const snapshot = snapshots.get(r.partnerId);
      const field = r.field as SuggestionField;
      return {
        id: r.id,
        field,
        partner: { slug: r.partner.slug, name: r.partner.displayName, version: r.partner.version },
        by: person(r.createdBy)!,
        at: r.createdAt,
        comment: r.comment,
        seenValue: r.currentValue,
        currentValue: snapshot ? fieldText(snapshot, field) : r.currentValue,
        proposedValue: r.proposedValue,
      };
    });
}

export interface DecidedSuggestion {
  id: number;
  field: string;
  partner: { slug: string; name: string };
  status: "pending" | "accepted" | "rejected";
  at: Date;
  proposedValue: string;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
  appliedVersion: number | null;
}

const decidedSelect = {
  id: true,
  field: true,
  status: true,
  createdAt: true,
  proposedValue: true,
  decidedAt: true,
  decisionReason: true,
  appliedVersion: true,
  partner: { select: { slug: true, displayName: true } },
  decidedBy: { select: { name: true, email: true } },
} as const;

type DecidedRow = { id: number; field: string; status: DecidedSuggestion["status"]; createdAt: Date; proposedValue: string; decidedAt: Date | null; decisionReason: string | null; appliedVersion: number | null; partner: { slug: string; displayName: string }; decidedBy: { name: string | null; email: string } | null };

function decided(r: DecidedRow, showDecider: boolean): DecidedSuggestion {
  return {
    id: r.id,
    field: r.field,
    partner: { slug: r.partner.slug, name: r.partner.displayName },
    status: r.status,
    at: r.createdAt,
    proposedValue: r.proposedValue,
    decidedAt: r.decidedAt,
    // The suggester learns the outcome and the reason; the deciding admin's name only shows in the admins' own list.
    decidedBy: showDecider ? person(r.decidedBy) : null,
    decisionReason: r.decisionReason,
    appliedVersion: r.appliedVersion,
  };
}

/** The latest decisions, for the queue page. */
export async function recentDecisions(db: Db = getDb()): Promise<DecidedSuggestion[]> {
  const rows = await db.suggestion.findMany({ where: { status: { not: "pending" } }, orderBy: { decidedAt: "desc" }, take: 20, select: decidedSelect });
  return rows.map((r) => decided(r, true));
}

/** One user's own suggestions, newest first, with their outcome (/account). */
export async function suggestionsBy(userId: number, db: Db = getDb()): Promise<DecidedSuggestion[]> {
  const rows = await db.suggestion.findMany({ where: { createdById: userId }, orderBy: { createdAt: "desc" }, take: 50, select: decidedSelect });
  return rows.map((r) => decided(r, false));
}

/** A fiche as the suggestion form shows it (signed-in users only: it may show contacts): null unless active. */
export async function suggestionSubject(slug: string, db: Db = getDb()) {
  const row = await db.partner.findUnique({ where: { slug }, select: { id: true, slug: true, displayName: true, status: true } });
  if (!row || row.status !== "active") return null;
  const snapshot = await loadSnapshot(db, row.id);
  return snapshot ? { id: row.id, slug: row.slug, name: row.displayName, snapshot } : null;
}

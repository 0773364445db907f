import "server-only";
import { getDb } from "@/lib/db/client";
import { loadSnapshot, type PartnerSnapshot } from "@/lib/partners/history";

export interface Choice {
  slug: string;
  name: string;
}

/** Regions and funders to choose from, for the partner forms. */
export async function loadChoices(): Promise<{ regions: Choice[]; funders: Choice[] }> {
  const db = getDb();
  const [regions, funders] = await Promise.all([
    db.region.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.funder.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { regions, funders };
}

export interface EditablePartner {
  id: number;
  slug: string;
  number: number | null;
  version: number;
  snapshot: PartnerSnapshot;
}

/** A partner by slug with its editable state, archived ones included; null when missing. */
export async function loadEditablePartner(slug: string): Promise<EditablePartner | null> {
  const db = getDb();
  const row = await db.partner.findUnique({ where: { slug }, select: { id: true, slug: true, number: true, version: true } });
  if (!row) return null;
  const snapshot = await loadSnapshot(db, row.id);
  return snapshot ? { ...row, snapshot } : null;
}

/**
 * HSDS identifiers: HSDS 3 wants a UUID for every record. Ours are integers, so
 * each HSDS id is an RFC 9562 version-8 ("custom") UUID that carries the entity
 * and the database ids: deterministic (the same record always has the same id,
 * across exports and instances of the same database) and reversible (an
 * organization id finds its row without a lookup table).
 *
 *   7a55e12e-EEEE-8AAA-8BBB-CCCCCCCCCCCC
 *   prefix   entity   a      b   c (48 bits: the row id)
 *
 * docs/decisions/0009-exchange-formats.md.
 */

const PREFIX = "7a55e12e";

export const HSDS_ENTITIES = {
  organization: 1,
  trainingService: 2,
  supportService: 3,
  trainingArea: 4,
  supportArea: 9,
  funding: 5,
  contact: 6,
  phone: 7,
  organizationIdentifier: 8,
} as const;
export type HsdsEntity = keyof typeof HSDS_ENTITIES;

const MAX_C = 2 ** 48 - 1;
const MAX_AB = 0xfff;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** The UUID of one record: `c` is its row id; `a` and `b` tell apart records that share one (e.g. a service's areas). */
export function hsdsId(entity: HsdsEntity, c: number, a = 0, b = 0): string {
  if (!Number.isInteger(c) || c < 0 || c > MAX_C) throw new RangeError(`hsdsId: row id out of range: ${c}`);
  if (![a, b].every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_AB)) throw new RangeError(`hsdsId: part out of range: ${a}, ${b}`);
  return `${PREFIX}-${hex(HSDS_ENTITIES[entity], 4)}-8${hex(a, 3)}-8${hex(b, 3)}-${hex(c, 12)}`;
}

const ORGANIZATION_ID = new RegExp(`^${PREFIX}-${hex(HSDS_ENTITIES.organization, 4)}-8000-8000-([0-9a-f]{12})$`, "i");

/** The partner row id an HSDS organization id stands for; null for any other string. */
export function organizationRowId(uuid: string): number | null {
  const m = ORGANIZATION_ID.exec(uuid);
  return m ? parseInt(m[1], 16) : null;
}

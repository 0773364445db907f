/**
 * What each role may do. Roles are cumulative: an analyst can do what an officer
 * can, an admin what an analyst can (issue 4, "Sign-in and roles"). A pure
 * module (no session, no database) so that everything can import it without a
 * cycle (issue 11).
 */
export const ROLES = ["officer", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { officer: 1, analyst: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when `role` is at least `required`. */
export function hasRole(role: Role | null | undefined, required: Role): boolean {
  return role != null && RANK[role] >= RANK[required];
}

/** Who is looking: decides what the serializers let through (contacts are personal data). */
export type Viewer = { userId: number; email: string; role: Role } | null;

export function canSeeContacts(viewer: Viewer): boolean {
  return viewer !== null;
}

export function canExportContacts(viewer: Viewer): boolean {
  return viewer?.role === "analyst" || viewer?.role === "admin";
}

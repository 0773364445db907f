import type { Role } from "./viewer";

/**
 * What each role may do. Roles are cumulative: an analyst can do what an officer
 * can, an admin what an analyst can (issue 4, "Sign-in and roles").
 */
export const ROLES = ["officer", "analyst", "admin"] as const satisfies readonly Role[];

const RANK: Record<Role, number> = { officer: 1, analyst: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when `role` is at least `required`. */
export function hasRole(role: Role | null | undefined, required: Role): boolean {
  return role != null && RANK[role] >= RANK[required];
}

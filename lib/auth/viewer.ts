import "server-only";
import { getSessionUser } from "./session";

/** Who is looking: decides what the serializers let through (contacts are personal data). */
export type Role = "officer" | "analyst" | "admin";
export type Viewer = { userId: number; email: string; role: Role } | null;

/**
 * The current viewer, from the next-auth session (lib/auth/session.ts). A user
 * still holding a one-time password counts as anonymous until they choose
 * their own: the password an admin handed over must not open personal data.
 */
export async function getViewer(): Promise<Viewer> {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword) return null;
  return { userId: user.id, email: user.email, role: user.role };
}

export function canSeeContacts(viewer: Viewer): boolean {
  return viewer !== null;
}

export function canExportContacts(viewer: Viewer): boolean {
  return viewer?.role === "analyst" || viewer?.role === "admin";
}

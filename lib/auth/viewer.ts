import "server-only";

/** Who is looking: decides what the serializers let through (contacts are personal data). */
export type Role = "officer" | "analyst" | "admin";
export type Viewer = { userId: number; email: string; role: Role } | null;

/**
 * The current viewer. Until sign-in exists (accounts issue) everyone is anonymous,
 * so contact persons are never shown. The accounts issue replaces the body with
 * the next-auth session lookup; callers do not change.
 */
export async function getViewer(): Promise<Viewer> {
  return null;
}

export function canSeeContacts(viewer: Viewer): boolean {
  return viewer !== null;
}

export function canExportContacts(viewer: Viewer): boolean {
  return viewer?.role === "analyst" || viewer?.role === "admin";
}

import "server-only";
import { canExportContacts, canSeeContacts, type Role, type Viewer } from "./roles";
import { getSessionUser } from "./session";

// The rules themselves are pure (./roles.ts): serializers import them without the session.
export { canExportContacts, canSeeContacts };
export type { Role, Viewer };

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

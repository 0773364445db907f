/**
 * Test factories: one user per role with a unique e-mail, as the session
 * would present them. Used by the integration tests only.
 */
import type { Db } from "../db/client";
import type { SessionUser } from "../auth/session";
import type { Role } from "../auth/roles";
import { createUser } from "./users";

export const TEST_PASSWORD = "correct horse battery staple";

export async function makeUser(db: Db, role: Role, tag: string = role): Promise<SessionUser & { sessionVersion: number }> {
  const email = `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@test.passerelle`;
  const { user } = await createUser({ email, role, password: TEST_PASSWORD }, db);
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: false, sessionVersion: 0, sessionId: `test-session-${user.id}` };
}

export async function makeUsersByRole(db: Db) {
  const [officer, analyst, admin] = await Promise.all([makeUser(db, "officer"), makeUser(db, "analyst"), makeUser(db, "admin")]);
  return { officer, analyst, admin };
}

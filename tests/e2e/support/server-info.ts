import os from "node:os";
import path from "node:path";

/**
 * Where scripts/e2e-server.ts leaves its database's URL and session secret, so
 * that a story can start a second instance of the app on the same database
 * (tests/e2e/instances.spec.ts). One file per port: worktrees never share one.
 */
export function e2eServerInfoFile(port: string | number): string {
  return path.join(os.tmpdir(), `passerelle-e2e-${port}.json`);
}

export interface E2EServerInfo {
  databaseUrl: string;
  secret: string;
}

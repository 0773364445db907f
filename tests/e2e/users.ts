/** The accounts the end-to-end stories sign in with (created by scripts/e2e-server.ts). */
export const E2E_USERS = [
  { email: "admin@passerelle.test", password: "passerelle-admin-e2e", role: "admin", name: "Admin E2E" },
  { email: "analyst@passerelle.test", password: "passerelle-analyst-e2e", role: "analyst", name: "Analyst E2E" },
  { email: "officer@passerelle.test", password: "passerelle-officer-e2e", role: "officer", name: "Officer E2E" },
] as const;

export type E2EUser = (typeof E2E_USERS)[number];

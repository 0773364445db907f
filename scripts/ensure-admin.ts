/**
 * Create the first administrator when the users table is empty, and print its
 * sign-in once (lib/users/first-admin.ts). Run by `npm start` after the
 * migrations; safe to run again (it does nothing once a user exists).
 * ADMIN_EMAIL / ADMIN_PASSWORD choose the credentials.
 */
import { createDb } from "../lib/db/client";
import { ensureFirstAdmin, firstAdminBanner } from "../lib/users/first-admin";
import { withDatabase } from "../lib/runtime/database";

withDatabase(async (url) => {
  const db = createDb(url, 1);
  try {
    const admin = await ensureFirstAdmin(process.env, db);
    if (admin) console.log(firstAdminBanner(admin));
  } finally {
    await db.$disconnect();
  }
}).catch((error) => {
  console.error(`ensure-admin failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

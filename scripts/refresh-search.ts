/**
 * Run after the migrations (lib/runtime/migrate.ts): rebuilds the search texts a
 * migration emptied (lib/partners/search-index.ts), then the vocabulary of "did
 * you mean" (lib/partners/search-words.ts). Prints nothing when no text was rebuilt.
 */
import { createDb } from "../lib/db/client";
import { withDatabase } from "../lib/runtime/database";
import { refreshSearchTexts } from "../lib/partners/search-index";
import { refreshSearchWords } from "../lib/partners/search-words";

async function refresh(url: string) {
  const db = createDb(url, 2);
  try {
    const count = await refreshSearchTexts(db);
    if (count) console.log(`search: rebuilt the search texts of ${count} partners`);
    // The vocabulary of "did you mean" (lib/partners/search-words.ts): after texts a migration
    // rebuilt, and to catch up on a refresh after a write that failed (it is only logged then).
    await refreshSearchWords(db);
  } finally {
    await db.$disconnect();
  }
}

withDatabase(refresh)
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(`search refresh: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });

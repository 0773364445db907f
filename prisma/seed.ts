/**
 * `npm run db:seed [file…]`: parse the mapping report(s) (default: every
 * seeds/*.txt) and load them into DATABASE_URL in one transaction. Idempotent:
 * a second run prints only "unchanged" and writes nothing. Exit 1, database
 * untouched, when a file is not a report. DATABASE_URL unset: the embedded database.
 */
import { withDatabase } from "../lib/runtime/database";
import { createDb } from "../lib/db/client";
import { formatCounts, somethingChanged } from "../lib/seed/counts";
import { SeedFileError, loadReports, parseSources } from "../lib/seed/load-report";
import { readSeedSources } from "../lib/seed/sources";

async function main(files: string[]) {
  const sources = parseSources(readSeedSources(files));
  for (const { file, report } of sources) {
    const warnings = report.warnings.length ? `, ${report.warnings.length} parser warnings` : "";
    console.log(
      `seed: ${file}: ${report.partners.length} partners, ${report.actors.length} actors, ${report.interviews.length} interviews, ${report.documents.length} documents${warnings}`,
    );
  }
  await withDatabase((url) => load(url, sources));
}

async function load(url: string, sources: ReturnType<typeof parseSources>) {
  const db = createDb(url, 2);
  try {
    const started = Date.now();
    const counts = await loadReports(db, sources, { onSkip: (message) => console.log(`seed: ${message}`) });
    for (const line of formatCounts(counts)) console.log(`seed:   ${line}`);
    for (const entity of Object.values(counts)) for (const change of entity.changes) console.log(`seed:     updated ${change}`);
    const verdict = somethingChanged(counts) ? "database updated" : "nothing to change";
    console.log(`seed: ${verdict} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await db.$disconnect();
  }
}

// Exit explicitly: idle pool connections would keep the process alive for their timeout.
main(process.argv.slice(2)).then(() => process.exit(0)).catch((error) => {
  if (error instanceof SeedFileError) {
    console.error(`seed: ${error.message}; nothing was written`);
  } else {
    console.error(`seed: failed: ${error instanceof Error ? error.message : error}`);
  }
  process.exit(1);
});

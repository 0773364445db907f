/**
 * `npm run import -- FILE [--dry-run] [--json] [--title "…"]`: compare another
 * edition of the mapping report with the directory, field by field
 * (lib/imports). --dry-run writes nothing; without it the edition is staged
 * for an admin's review at /admin/imports/ID, whose URL is printed.
 * --json prints the change set as JSON on stdout. Exit 1, nothing staged, when
 * the file is not a report (with the line that made it so). DATABASE_URL
 * unset: the embedded database.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client";
import { type ChangeSet, changeSetJson } from "../lib/imports/change-set";
import { planEdition } from "../lib/imports/plan";
import { ImportFileError, readEdition } from "../lib/imports/source";
import { reviewUrl, stageEdition } from "../lib/imports/stage";
import { withDatabase } from "../lib/runtime/database";

const USAGE = 'usage: npm run import -- FILE [--dry-run] [--json] [--title "Cartographie 2024"]';

function describe(set: ChangeSet): string[] {
  const lines = [`import: ${set.edition.sourceFile}: "${set.edition.title}"${set.edition.replaces ? ` replaces "${set.edition.replaces.title}"` : ""}`];
  for (const [table, s] of Object.entries(set.summary)) {
    lines.push(`import:   ${table.padEnd(10)} ${s.added} added, ${s.removed} removed, ${s.changed} changed, ${s.unchanged} unchanged`);
  }
  for (const [kind, fiches] of [["partner", set.partners], ["actor", set.actors]] as const) {
    for (const f of fiches) {
      if (f.status === "unchanged") continue;
      const fields = f.fields?.map((c) => (c.conflict ? `${c.field} (conflict: edited by an admin)` : c.field)).join(", ");
      lines.push(`import:     ${kind} ${f.number} (${f.slug}) ${f.status}${fields ? `: ${fields}` : ""}`);
    }
  }
  return lines;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean", default: false }, json: { type: "boolean", default: false }, title: { type: "string" } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}:0: cannot read file (${(error as NodeJS.ErrnoException).code ?? error}); nothing staged`);
    return 1;
  }
  // Parsed before the database is opened: a file that is not a report stops here.
  const source = readEdition(file, raw, values.title);
  return withDatabase(async (url) => {
    const db = createDb(url, 2);
    try {
      if (values["dry-run"]) {
        const plan = await planEdition(db, source);
        if (values.json) process.stdout.write(`${JSON.stringify(changeSetJson(plan.changeSet), null, 2)}\n`);
        else for (const line of [...describe(plan.changeSet), "import: dry run, nothing written"]) console.log(line);
        return 0;
      }
      const staged = await stageEdition(db, source, null);
      const url = reviewUrl(staged.id);
      if (values.json) process.stdout.write(`${JSON.stringify({ import: { id: staged.id, url }, ...changeSetJson(staged.plan.changeSet) }, null, 2)}\n`);
      else for (const line of [...describe(staged.plan.changeSet), `import: staged as import ${staged.id}; an admin reviews and applies it at ${url}`]) console.log(line);
      return 0;
    } finally {
      await db.$disconnect();
    }
  });
}

// Exit explicitly: idle pool connections would keep the process alive for their timeout.
main()
  .then((code) => process.exit(code))
  .catch((error) => {
    if (error instanceof ImportFileError) console.error(`${error.message}; nothing staged`);
    else console.error(`import: failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });

/**
 * `npm run parse -- <file>`: prints the ParsedReport of a mapping report as
 * JSON on stdout, and each warning on stderr as `file:line: message`.
 * Exits 1 with a line-numbered message when the file is missing or is not
 * such a report.
 */
import { readFileSync } from "node:fs";
import { parseReport, ReportFormatError } from "../lib/fiches";

function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    process.stderr.write("usage: npm run parse -- <report.txt>\n");
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    process.stderr.write(`${file}:0: cannot read file (${(error as NodeJS.ErrnoException).code ?? error})\n`);
    return 1;
  }
  try {
    const report = parseReport(text);
    for (const w of report.warnings) process.stderr.write(`${file}:${w.line}: ${w.code}: ${w.message}\n`);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ReportFormatError) {
      process.stderr.write(`${file}:${error.line}: not a mapping report: ${error.message.replace(/^line \d+: /, "")}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));

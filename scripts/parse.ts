/**
 * `npm run parse -- <file> [--time]`: prints the ParsedReport of a mapping
 * report as JSON on stdout, and each warning on stderr as `file:line: message`.
 * `--time` also prints how long parseReport took (module import and file
 * reading excluded) on stderr, so stdout stays JSON only.
 * Exits 1 with a line-numbered message when the file is missing or is not
 * such a report.
 */
import { readFileSync } from "node:fs";
import { parseReport, ReportFormatError } from "../lib/fiches";

function main(argv: string[]): number {
  const time = argv.includes("--time");
  const file = argv.find((a) => a !== "--time");
  if (!file) {
    process.stderr.write("usage: npm run parse -- <report.txt> [--time]\n");
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
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const report = parseReport(text);
    if (time) {
      const cpu = process.cpuUsage(cpuStarted);
      const ms = (performance.now() - started).toFixed(1);
      process.stderr.write(`${file}: parsed in ${ms} ms (cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms)\n`);
    }
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

/**
 * A new edition's file, read the way the seed reads a report: line endings and
 * a byte-order mark normalised first (an edition saved on Windows is the same
 * edition, with the same hash), then parsed. A file that is not a report is
 * refused with the line that made it so; nothing is compared or staged.
 */
import { type EditionDescription, describeEdition } from "../editions/describe";
import { parseReport } from "../fiches";
import { type ParsedReport, ReportFormatError } from "../fiches/types";

export class ImportFileError extends Error {
  constructor(
    public readonly file: string,
    public readonly line: number,
    public readonly reason: string,
  ) {
    super(`${file}:${line}: not a mapping report: ${reason}`);
    this.name = "ImportFileError";
  }
}

export interface EditionSource {
  file: string;
  /** The text with "\n" line endings and no byte-order mark (what is hashed and staged). */
  text: string;
  report: ParsedReport;
  edition: EditionDescription;
}

export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function readEdition(file: string, raw: string, title?: string | null): EditionSource {
  const text = normaliseText(raw);
  let report: ParsedReport;
  try {
    report = parseReport(text);
  } catch (error) {
    if (error instanceof ReportFormatError) throw new ImportFileError(file, error.line, error.message.replace(/^line \d+: /, ""));
    throw error;
  }
  return { file, text, report, edition: describeEdition({ file, text }, report, title) };
}

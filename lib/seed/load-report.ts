/**
 * The seed: parsed mapping reports -> the database, in ONE transaction, writing
 * only what differs (see ./diff.ts) so that a second run changes nothing.
 * Parsing happens first, outside the transaction: a file that is not a report
 * stops the run before anything is written.
 */
import type { Db } from "../db/client";
import { type EditionDescription, describeEdition } from "../editions/describe";
import { latestEdition, syncEdition } from "../editions/store";
import { parseReport } from "../fiches";
import { type ParsedReport, ReportFormatError } from "../fiches/types";
import { FUNDERS } from "../fiches/values/funders";
import { slugify } from "../fiches/values/slug";
import { type SeedCounts, addCounts, emptyCounts, somethingChanged } from "./counts";
import { actorFunderName, syncDonors } from "./donors";
import { syncPartners } from "./partners";
import { type DesiredFunder, references, syncFunders, syncRegions } from "./reference";
import { syncDocuments, syncInterviews } from "./tables";
import { refreshSearchWords } from "../partners/search-words";

export interface SeedSource {
  /** Shown in messages and recorded in SeedRun, e.g. "seeds/000_b0b3eacde88cb4a8.txt". */
  file: string;
  text: string;
}

export interface ParsedSource {
  file: string;
  hash: string;
  report: ParsedReport;
  /** Title, interview period, pages and introductions of this edition (lib/editions). */
  edition: EditionDescription;
}

/** A seed file that is not a mapping report; `line` is where the parser gave up. */
export class SeedFileError extends Error {
  constructor(
    public readonly file: string,
    public readonly line: number,
    reason: string,
  ) {
    super(`${file}: not a mapping report (line ${line}: ${reason})`);
    this.name = "SeedFileError";
  }
}

export function parseSources(sources: SeedSource[]): ParsedSource[] {
  return sources.map(({ file, text }) => {
    try {
      const report = parseReport(text);
      const edition = describeEdition({ file, text }, report);
      return { file, hash: edition.sourceHash, report, edition };
    } catch (error) {
      if (error instanceof ReportFormatError) {
        throw new SeedFileError(file, error.line, error.message.replace(/^line \d+: /, ""));
      }
      throw error;
    }
  });
}

/** A funder's row: the vocabulary's full name and kind, else what a donor fiche says, else the name alone. */
function funderRow(name: string, donorTitle: string | null): DesiredFunder {
  const known = FUNDERS.find((f) => f.name === name);
  return {
    name,
    slug: known?.slug ?? slugify(name),
    fullName: known?.fullName ?? donorTitle,
    kind: known?.kind ?? "other",
  };
}

export function desiredFunders(report: ParsedReport): DesiredFunder[] {
  const funders: DesiredFunder[] = [];
  // Donor fiches first: the funder a fiche describes takes the fiche's title as full name.
  for (const actor of report.actors) {
    const name = actorFunderName(actor);
    if (name) funders.push(funderRow(name, actor.name));
  }
  for (const partner of report.partners) {
    for (const f of partner.funders) funders.push(funderRow(f.name, null));
  }
  return funders;
}

export interface LoadOptions {
  /** Interactive transaction timeout; the embedded database is slow on a first load. */
  timeoutMs?: number;
  /** Told when a source is left alone because an admin applied a newer edition (lib/imports). */
  onSkip?: (message: string) => void;
}

/** Load every parsed report in one transaction; returns what each entity saw. */
export async function loadReports(db: Db, sources: ParsedSource[], options: LoadOptions = {}): Promise<SeedCounts> {
  const timeout = options.timeoutMs ?? 10 * 60_000;
  return db.$transaction(
    async (tx) => {
      const total = emptyCounts();
      for (const source of sources) {
        // An edition an admin imported and applied is newer than the seed file: reloading the file would undo it.
        const latest = await latestEdition(tx);
        if (latest && latest.origin === "import" && latest.sourceHash !== source.hash) {
          options.onSkip?.(`${source.file}: not loaded, the directory holds the newer edition "${latest.title}" (imported)`);
          continue;
        }
        const counts = emptyCounts();
        const editionId = await syncEdition(tx, source.edition, "seed");
        const regions = await syncRegions(tx, counts.regions);
        const funders = await syncFunders(tx, desiredFunders(source.report), counts.funders);
        const refs = references(regions, funders);
        await syncPartners(tx, source.report.partners, refs, counts.partners, editionId);
        await syncDonors(tx, source.report.actors, refs, counts.donors);
        await syncInterviews(tx, source.report.interviews, counts.interviews);
        await syncDocuments(tx, source.report.documents, counts.documents);
        if (somethingChanged(counts)) {
          await tx.seedRun.create({
            data: { sourceFile: source.file, sourceHash: source.hash, counts: JSON.parse(JSON.stringify(counts)) },
          });
        }
        addCounts(total, counts);
      }
      // The vocabulary of "did you mean" follows the fiches (lib/partners/search-words.ts).
      await refreshSearchWords(tx);
      return total;
    },
    { timeout, maxWait: 60_000 },
  );
}

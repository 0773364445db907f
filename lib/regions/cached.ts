import "server-only";
/**
 * The region × category matrix, shared by every viewer through the data cache:
 * counts and capacity totals over active partners, no personal data. A partner
 * edit, an accepted suggestion or an import revalidates the tag, like the
 * directory's other cached reads (lib/partners/cached.ts).
 */
import { unstable_cache } from "next/cache";
import { PARTNERS_TAG } from "../partners/cached";
import { shareInFlight } from "../partners/in-flight";
import { getCoverageMatrix } from "./queries";

export const cachedCoverageMatrix = unstable_cache(
  shareInFlight(() => getCoverageMatrix(), () => "all"),
  ["coverage-matrix-v1"],
  { tags: [PARTNERS_TAG], revalidate: 60 },
);

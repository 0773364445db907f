import "server-only";
/**
 * The region × category matrix, shared by every viewer through the data cache:
 * counts and capacity totals over active partners, no personal data. A partner
 * edit, an accepted suggestion or an import revalidates the tag, like the
 * directory's other cached reads (lib/partners/cached.ts).
 */
import { cachedDirectoryRead } from "../partners/cached";
import { getCoverageMatrix } from "./queries";

export const cachedCoverageMatrix = cachedDirectoryRead(getCoverageMatrix, "coverage-matrix-v1");

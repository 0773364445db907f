import "server-only";
/**
 * The funders' figures, shared by every viewer through the data cache: counts
 * over active partners, which hold no personal data and do not depend on who
 * asks (the donor links, which do, are applied per request by `listFunders`).
 * At 10,000 partners reading them costs ~400 ms (~60,000 fundings); a partner
 * edit, an accepted suggestion or an import revalidates the tag, like the
 * directory's other cached reads (lib/partners/cached.ts).
 */
import { cachedDirectoryRead } from "../partners/cached";
import { readFundingFigures } from "./queries";

export const cachedFundingFigures = cachedDirectoryRead(readFundingFigures, "funding-figures-v1");

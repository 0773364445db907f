import "server-only";
/**
 * The edition summary every page's banner reads, cached like the anonymous
 * directory reads (lib/partners/cached.ts): it changes with a verification, an
 * edit or an import, which revalidate the same tag.
 */
import { unstable_cache } from "next/cache";
import { PARTNERS_TAG } from "../partners/cached";
import { getDirectoryEdition } from "./queries";

export const cachedDirectoryEdition = unstable_cache(() => getDirectoryEdition(), ["directory-edition-v1"], { tags: [PARTNERS_TAG], revalidate: 60 });

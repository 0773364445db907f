import "server-only";
/**
 * The edition summary every page's banner reads, cached like the anonymous
 * directory reads (lib/partners/cached.ts): it changes with a verification, an
 * edit or an import, which revalidate the same tag.
 */
import { cachedDirectoryRead } from "../partners/cached";
import { getDirectoryEdition } from "./queries";

export const cachedDirectoryEdition = cachedDirectoryRead(() => getDirectoryEdition(), "directory-edition-v1");

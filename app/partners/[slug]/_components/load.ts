import "server-only";
import { cache } from "react";
import { getViewer } from "@/lib/auth/viewer";
import { anonymousPartner } from "@/lib/partners/cached";
import { getPartnerBySlug } from "@/lib/partners/detail-queries";

/** One read per request, shared by generateMetadata and the page; anonymous visitors share a cached fiche. */
export const loadViewer = cache(getViewer);
export const loadPartner = cache(async (slug: string) => {
  const viewer = await loadViewer();
  return viewer ? getPartnerBySlug(slug, viewer) : anonymousPartner(slug);
});

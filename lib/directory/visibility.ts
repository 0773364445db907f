/**
 * Archived fiches (partners and donors) exist only for admins: for anyone
 * else they are not found, not listed and not linked to. Every read of the
 * directory asks here rather than testing the role itself.
 */
import type { Viewer } from "../auth/roles";

type Status = "active" | "archived";

export function canSeeArchived(viewer: Viewer): boolean {
  return viewer?.role === "admin";
}

/** Whether a fiche with this status exists for this viewer. */
export function isVisibleTo(status: Status, viewer: Viewer): boolean {
  return status === "active" || canSeeArchived(viewer);
}

/** The Prisma `where` of active fiches: what counts, links and pickers use for everyone (admins included). */
export const activeFiches = { status: "active" } as const;

/** The Prisma `where` of the fiches this viewer may list. */
export function visibleStatusWhere(viewer: Viewer): { status?: Status } {
  return canSeeArchived(viewer) ? {} : activeFiches;
}

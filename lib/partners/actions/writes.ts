import "server-only";
/**
 * The partner writes behind the admin forms, for an actor the action guard
 * has checked (lib/actions/define.ts). Each records its audit entry in the
 * change's transaction (./commit.ts). The actions themselves are declared
 * once, in ./partner.ts.
 */
import { getDb } from "../../db/client";
import { writeTransaction } from "../../db/write";
import { slugify } from "../../fiches/values/slug";
import type { Prisma } from "../../db/generated/client";
import type { Actor, GuardedResult } from "../../actions/define";
import { freePartnerSlug } from "../free-slug";
import { PARTNER_ENTITY, findVersionSnapshot, type PartnerSnapshot } from "../history";
import {
  type PartnerEditInput,
  type PartnerFields,
  type PartnerRestoreInput,
  type PartnerStatusInput,
} from "../schemas";
import { UnknownReferenceError, createFromSnapshot } from "./apply-snapshot";
import { commitPartnerChange, type CommitInput, type CommitResult } from "./commit";
import { snapshotFromForm } from "./snapshot-from-form";

async function funderNames(): Promise<Map<string, string>> {
  const rows = await getDb().funder.findMany({ select: { slug: true, name: true } });
  return new Map(rows.map((r) => [r.slug, r.name]));
}

async function slugOf(partnerId: number): Promise<string | null> {
  const row = await getDb().partner.findUnique({ where: { id: partnerId }, select: { slug: true } });
  return row?.slug ?? null;
}

function pathsFor(slug: string): string[] {
  return ["/partners", `/partners/${slug}`, `/admin/partners/${slug}/edit`, `/admin/partners/${slug}/history`, "/donors", "/regions"];
}

/** Region and funder slugs must exist: say which field is wrong rather than fail the transaction. */
async function referenceErrors(form: PartnerFields): Promise<Record<string, string[]> | null> {
  const db = getDb();
  const errors: Record<string, string[]> = {};
  const regionSlugs = [...new Set(form.regions)];
  const known = new Set((await db.region.findMany({ where: { slug: { in: regionSlugs } }, select: { slug: true } })).map((r) => r.slug));
  if (regionSlugs.some((s) => !known.has(s))) errors.regions = ["unknownRegion"];
  const funders = await funderNames();
  form.fundings.forEach((f, i) => {
    if (!f.remove && f.funder && !funders.has(f.funder)) errors[`fundings.${i}.funder`] = ["unknownFunder"];
  });
  return Object.keys(errors).length ? errors : null;
}

async function commitAndReport(partnerId: number, input: Omit<CommitInput, "partnerId">, savedMessage: string): Promise<GuardedResult> {
  let result: CommitResult;
  try {
    result = await commitPartnerChange(getDb(), { partnerId, ...input });
  } catch (error) {
    if (error instanceof UnknownReferenceError) return { ok: false, message: "admin.errors.referenceMissing", values: { items: error.slugs.join(", ") } };
    throw error;
  }
  switch (result.kind) {
    case "missing":
      return { ok: false, message: "admin.errors.partnerMissing" };
    case "conflict":
      return { ok: false, message: "admin.errors.conflict", conflict: result.conflict };
    case "unchanged":
      return { ok: true, message: "admin.edit.unchanged", values: { version: result.version } };
    case "saved": {
      const slug = await slugOf(partnerId);
      return { ok: true, message: savedMessage, values: { version: result.version }, revalidate: slug ? pathsFor(slug) : [] };
    }
  }
}

/** `afterWrite`: more of the same change (lib/suggestions records the suggestion it applied). */
export async function writeEdit(actor: Actor, input: PartnerEditInput, afterWrite?: CommitInput["afterWrite"]): Promise<GuardedResult> {
  const errors = await referenceErrors(input);
  if (errors) return { ok: false, errors, message: "auth.errors.invalidForm" };
  const names = await funderNames();
  return commitAndReport(
    input.id,
    {
      expectedVersion: input.version,
      userId: actor.id,
      action: "edit",
      reason: input.reason,
      build: (before) => snapshotFromForm(before, input, names),
      afterWrite,
    },
    "admin.edit.saved",
  );
}

async function writeStatus(actor: Actor, input: PartnerStatusInput, status: "active" | "archived"): Promise<GuardedResult> {
  return commitAndReport(
    input.id,
    {
      expectedVersion: input.version,
      userId: actor.id,
      action: status === "archived" ? "archive" : "unarchive",
      reason: input.reason,
      build: (before) => ({ ...before, status }),
    },
    status === "archived" ? "admin.edit.archived" : "admin.edit.unarchived",
  );
}

export async function writeRestore(actor: Actor, input: PartnerRestoreInput): Promise<GuardedResult> {
  const target = await findVersionSnapshot(getDb(), input.id, input.targetVersion);
  if (!target) return { ok: false, message: "admin.errors.versionMissing", values: { version: input.targetVersion } };
  return commitAndReport(
    input.id,
    {
      expectedVersion: input.version,
      userId: actor.id,
      action: "restore",
      reason: input.reason ?? `v${input.targetVersion}`,
      build: () => target,
    },
    "admin.history.restored",
  );
}

export async function writeCreate(actor: Actor, input: PartnerFields): Promise<GuardedResult> {
  const errors = await referenceErrors(input);
  if (errors) return { ok: false, errors, message: "auth.errors.invalidForm" };
  const snapshot: PartnerSnapshot = snapshotFromForm(null, input, await funderNames());
  const slug = await writeTransaction(getDb(), async (tx) => {
    const slug = await freePartnerSlug(tx, slugify(snapshot.scalars.displayName));
    const id = await createFromSnapshot(tx, slug, snapshot, input.category);
    await tx.auditEntry.create({
      data: {
        entityType: PARTNER_ENTITY,
        entityId: id,
        version: 1,
        action: "create",
        userId: actor.id,
        changes: {},
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        reason: input.reason,
      },
    });
    return slug;
  });
  return { ok: true, message: "admin.edit.created", revalidate: pathsFor(slug), redirectTo: `/partners/${slug}` };
}

export async function writeArchive(actor: Actor, input: PartnerStatusInput): Promise<GuardedResult> {
  return writeStatus(actor, input, "archived");
}

export async function writeUnarchive(actor: Actor, input: PartnerStatusInput): Promise<GuardedResult> {
  return writeStatus(actor, input, "active");
}

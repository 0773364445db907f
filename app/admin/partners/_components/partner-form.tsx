"use client";
/**
 * The partner form (edit and create). With JavaScript, the shared zod schema
 * checks it before sending and the server's answer appears without a reload;
 * without JavaScript it is a plain post to the same server action.
 *
 * A fiche's form runs to many screens (issue 12): its sections have a nav, Save
 * stays in a bar at the bottom of the window with the outcome beside it (focus
 * moves there), and a save refused because someone else saved first opens a
 * field-by-field merge (./conflict-resolver.tsx) instead of asking to retype.
 */
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { formDataToObject, fieldErrors } from "@/lib/actions/form-data";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { snapshotFromForm } from "@/lib/partners/actions/snapshot-from-form";
import { mergeSnapshots, type Choice as MergeChoice } from "@/lib/partners/conflict-merge";
import type { PartnerSnapshot } from "@/lib/partners/history";
import { partnerCreateSchema, partnerEditSchema } from "@/lib/partners/schemas";
import type { Errors } from "@/components/forms/form-kit";
import { ConflictNotice } from "./conflict-notice";
import { ConflictResolver } from "./conflict-resolver";
import { CoverageFields, IdentityFields } from "./identity-fields";
import { FactsFields } from "./facts-fields";
import { FORM_SECTIONS } from "./fieldset";
import { ContactRows, FundingRows, TrainingRows } from "./row-fields";
import { SaveBar } from "./save-bar";
import { SectionFields } from "./section-fields";
import { SectionNav } from "./section-nav";
import type { Choice } from "../_lib/load";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface PartnerFormProps {
  action: Action;
  mode: "edit" | "create";
  partner: { id: number; version: number; slug: string } | null;
  snapshot: PartnerSnapshot | null;
  regions: Choice[];
  funders: Choice[];
}

/**
 * What the form is editing: `base` is the version the admin works against (the
 * one opened, or after a merge the other person's), `shown` what the inputs
 * were filled with, `version` the version sent with the save; `key` remounts
 * the inputs when a merge refills them.
 */
interface Editing {
  base: PartnerSnapshot | null;
  shown: PartnerSnapshot | null;
  version: number | undefined;
  key: number;
}

const INVALID: ActionState = { ok: false, message: "auth.errors.invalidForm" };

export function PartnerForm({ action, mode, partner, snapshot, regions, funders }: PartnerFormProps) {
  const t = useTranslations("admin.edit");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const [clientErrors, setClientErrors] = useState<Errors>(undefined);
  const [, startTransition] = useTransition();
  const [editing, setEditing] = useState<Editing>({ base: snapshot, shown: snapshot, version: partner?.version, key: 0 });
  // What this admin last submitted, as a snapshot: one side of a conflict.
  const [mine, setMine] = useState<PartnerSnapshot | null>(null);
  const submitAfterMerge = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLHeadingElement>(null);
  const funderNames = useMemo(() => new Map(funders.map((f) => [f.slug, f.name])), [funders]);
  const errors = clientErrors ?? state.errors;

  // After a save (or an archive from the form below) the page is revalidated: a newer
  // version becomes the base, and the inputs keep what the admin typed.
  const savedVersion = state.ok && typeof state.values?.version === "number" ? state.values.version : 0;
  const propsVersion = partner?.version ?? 0;
  if (partner && editing.version !== undefined && Math.max(savedVersion, propsVersion) > editing.version) {
    setEditing((e) => ({ ...e, base: propsVersion >= savedVersion ? snapshot : (mine ?? e.base), version: Math.max(savedVersion, propsVersion) }));
  }

  const theirs = (state.conflict?.theirs ?? null) as PartnerSnapshot | null;
  const resolving = mode === "edit" && !clientErrors && state.conflict && theirs && mine && editing.base ? state.conflict : null;

  // The server's answer: focus goes where it is shown (the merge when refused for a conflict).
  useEffect(() => {
    if (state === initialActionState) return;
    if (state.conflict && conflictRef.current) {
      conflictRef.current.scrollIntoView({ block: "start" });
      conflictRef.current.focus({ preventScroll: true });
    } else {
      outcomeRef.current?.focus();
    }
  }, [state]);

  // Refused by the browser's check: focus goes to the first field to correct, once it is marked.
  useEffect(() => {
    if (clientErrors) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [clientErrors]);

  // A merge refills the inputs first (a new key), then saves what they hold.
  useEffect(() => {
    if (!submitAfterMerge.current) return;
    submitAfterMerge.current = false;
    formRef.current?.requestSubmit();
  }, [editing.key]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Submitting through the transition (not the form's action) keeps the
    // fields as typed: React would reset them after an action submission.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const schema = mode === "edit" ? partnerEditSchema : partnerCreateSchema;
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      setClientErrors(fieldErrors(parsed.error.issues));
      return;
    }
    setClientErrors(undefined);
    if (mode === "edit" && editing.base) setMine(snapshotFromForm(editing.base, parsed.data, funderNames));
    startTransition(() => formAction(formData));
  }

  function applyMerge(choices: Record<string, MergeChoice>) {
    if (!resolving || !theirs || !mine || !editing.base) return;
    const merged = mergeSnapshots(editing.base, mine, theirs, choices);
    setEditing((e) => ({ base: theirs, shown: merged, version: resolving.currentVersion, key: e.key + 1 }));
    submitAfterMerge.current = true;
  }

  const common = { errors, snapshot: editing.shown };
  const sections = mode === "edit" && editing.shown?.sections.length ? FORM_SECTIONS : FORM_SECTIONS.filter((s) => s !== "sections");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[11rem_minmax(0,1fr)]">
      <SectionNav sections={sections} />
      <div className="min-w-0 space-y-6">
        {partner && <input type="hidden" name="id" value={partner.id} />}
        {partner && <input type="hidden" name="version" value={editing.version} />}
        {/* Without JavaScript (or if the merge cannot be offered), what changed and how to reload. */}
        {state.conflict && !resolving && !clientErrors && partner && <ConflictNotice conflict={state.conflict} slug={partner.slug} />}

        <div key={editing.key} className="space-y-6">
          <IdentityFields {...common} />
          <CoverageFields {...common} regions={regions} />
          <FactsFields {...common} />
          <TrainingRows {...common} />
          <FundingRows {...common} funders={funders} />
          <ContactRows {...common} />
          {mode === "edit" && <SectionFields {...common} />}
        </div>

        {resolving && partner && (
          <ConflictResolver
            key={resolving.currentVersion}
            conflict={resolving}
            base={editing.base!}
            mine={mine!}
            theirs={theirs!}
            regions={regions}
            slug={partner.slug}
            pending={pending}
            onApply={applyMerge}
            headingRef={conflictRef}
          />
        )}

        <SaveBar
          state={clientErrors ? INVALID : state}
          errors={errors}
          pending={pending}
          label={mode === "edit" ? t("submit") : t("create")}
          messageRef={outcomeRef}
        />
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { archivePartner, unarchivePartner } from "@/lib/partners/actions/partner";
import { initialActionState } from "@/lib/actions/state";
import { FormMessage, SubmitButton } from "@/components/forms/form-kit";

/** Archive (hide from the directory) or bring back: never a hard delete. */
export function StatusForm({ id, version, archived }: { id: number; version: number; archived: boolean }) {
  const t = useTranslations("admin.edit");
  const [state, action, pending] = useActionState(archived ? unarchivePartner : archivePartner, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {/* Archiving is not the page's main action: outlined in red, never the filled primary button (issue 12). */}
      <SubmitButton
        pending={pending}
        label={archived ? t("unarchive") : t("archive")}
        pendingLabel={t("saving")}
        variant={archived ? "secondary" : "danger"}
      />
    </form>
  );
}

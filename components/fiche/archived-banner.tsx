import { useTranslations } from "@/lib/i18n/server-hooks";

/** Says so when an admin opens an archived fiche (nobody else can: lib/directory/visibility.ts). */
export function ArchivedBanner({ status }: { status: "active" | "archived" }) {
  const t = useTranslations("partner");
  if (status !== "archived") return null;
  return (
    <p role="status" className="mb-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">
      {t("archivedBanner")}
    </p>
  );
}

import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { listUsers } from "@/lib/users/users";
import { DataTable } from "@/components/data-table/data-table";
import { userColumns } from "./_components/user-columns";
import { CreateUserForm } from "./user-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title"), robots: { index: false } };
}

export default async function UsersPage() {
  const me = await requireRole("admin", "/admin/users");
  const [users, t, tRoles, format] = await Promise.all([listUsers(), getTranslations("admin.users"), getTranslations("account.roles"), getFormatter()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <section aria-labelledby="create-title" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="create-title" className="mb-3 text-lg font-semibold">
          {t("create")}
        </h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="list-title">
        <h2 id="list-title" className="mb-2 text-lg font-semibold">
          {t("list")}
        </h2>
        <DataTable
          data={users}
          getRowId={(u) => String(u.id)}
          caption={t("list")}
          columns={userColumns(
            {
              email: t("email"),
              role: t("role"),
              status: t("status"),
              lastLogin: t("lastLogin"),
              actions: t("actions"),
              you: t("you"),
              roleName: (role) => tRoles(role),
              active: t("active"),
              inactive: t("inactive"),
              mustChange: t("mustChange"),
              never: t("never"),
              dateTime: (date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }),
            },
            me.id,
          )}
        />
      </section>
    </div>
  );
}

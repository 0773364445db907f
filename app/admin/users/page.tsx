import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { listUsers } from "@/lib/users/users";
import { CreateUserForm, UserRowActions } from "./user-forms";

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
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">{t("email")}</th>
                <th scope="col" className="px-3 py-2">{t("role")}</th>
                <th scope="col" className="px-3 py-2">{t("status")}</th>
                <th scope="col" className="px-3 py-2">{t("lastLogin")}</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {u.email}
                    {u.name && <span className="block text-xs text-slate-600">{u.name}</span>}
                    {u.id === me.id && <span className="ml-1 text-xs text-slate-600">({t("you")})</span>}
                  </th>
                  <td className="px-3 py-2">{tRoles(u.role)}</td>
                  <td className="px-3 py-2">
                    {u.active ? t("active") : t("inactive")}
                    {u.mustChangePassword && <span className="block text-xs text-amber-800">{t("mustChange")}</span>}
                  </td>
                  <td className="px-3 py-2">{u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</td>
                  <td className="px-3 py-2">{u.id !== me.id && <UserRowActions userId={u.id} version={u.version} email={u.email} role={u.role} active={u.active} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

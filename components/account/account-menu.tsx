import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { signOut } from "@/lib/auth/actions";
import { getSessionUser } from "@/lib/auth/session";

// The colour apart: two text colours on one element leave the choice to the stylesheet's order
// (slate won over the amber of the "change your password" link).
const LINK_SHAPE = "rounded px-2 py-1 text-sm hover:bg-brand-50 hover:text-brand-800";
const LINK = `${LINK_SHAPE} text-slate-700`;

/**
 * The header's account area (SiteHeader's `accountSlot`): a sign-in link for
 * visitors; for signed-in users their address, the admin link for admins, and
 * a sign-out button (a form post: works without JavaScript).
 */
export async function AccountMenu() {
  const [user, t] = await Promise.all([getSessionUser(), getTranslations("account.menu")]);
  if (!user) {
    return (
      <Link href="/signin" className={LINK}>
        {t("signIn")}
      </Link>
    );
  }
  const tAuth = await getTranslations("auth");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-1">
      {user.mustChangePassword ? (
        <Link href="/account/password" className={`${LINK_SHAPE} font-medium text-amber-800`}>
          {t("mustChange")}
        </Link>
      ) : (
        <>
          {user.role === "admin" && (
            <Link href="/admin" className={LINK}>
              {t("admin")}
            </Link>
          )}
          <Link href="/account" className={LINK} title={user.email}>
            <span className="sr-only">{t("account")}: </span>
            <span className="inline-block max-w-[14rem] truncate align-bottom">{user.email}</span>
          </Link>
        </>
      )}
      <form action={signOut}>
        <button type="submit" className={`${LINK} underline-offset-2 hover:underline`}>
          {tAuth("signOut")}
        </button>
      </form>
    </nav>
  );
}

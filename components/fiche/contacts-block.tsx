import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "@/lib/i18n/server-hooks";
import type { ContactView } from "@/lib/auth/contacts";
import { contactsUnlock } from "@/lib/auth/contacts-access";

interface ContactsBlockProps {
  /** Always the output of serializeContacts: this component never sees raw contacts. */
  contacts: { hidden: boolean; count: number; items: ContactView[] };
  /** Where sign-in should bring the visitor back. */
  callbackUrl: string;
}

/** Contact persons as the serializer allows; others get a link to sign in (or to choose their own password). */
export async function ContactsBlock({ contacts, callbackUrl }: ContactsBlockProps) {
  const t = await getTranslations("partner.contacts");
  const unlock = contacts.hidden && contacts.count > 0 ? await contactsUnlock(callbackUrl) : null;
  return (
    // Hidden contacts print nothing useful, only a prompt: the printed fiche leaves the section out (issue 12).
    <section aria-labelledby="contacts-title" className={contacts.hidden ? "no-print mt-6" : "mt-6"}>
      <h2 id="contacts-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {contacts.hidden ? (
        <p className="mt-2 text-sm text-slate-700">
          {t("hiddenCount", { count: contacts.count })}{" "}
          {unlock && (
            <Link href={unlock.href} className="font-medium text-brand-700 underline">
              {t(unlock.reason)}
            </Link>
          )}
        </p>
      ) : contacts.items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("none")}</p>
      ) : (
        <ul className="mt-2 grid gap-3 sm:grid-cols-2">
          {contacts.items.map((c, i) => (
            <li key={i} className="rounded border border-slate-200 bg-white p-3 text-sm">
              {c.name && <p className="font-medium">{c.name}</p>}
              {c.role && <p className="text-slate-700">{c.role}</p>}
              {c.phones.map((p, j) => (
                <p key={`p${j}`}>
                  <span className="sr-only">{t("phone")} : </span>
                  {p.number ? (
                    <a href={`tel:${p.number}`} className="text-brand-700 underline">
                      {p.text}
                    </a>
                  ) : (
                    p.text
                  )}
                </p>
              ))}
              {c.emails.map((e, j) => (
                <p key={`e${j}`}>
                  <span className="sr-only">{t("email")} : </span>
                  <a href={`mailto:${e}`} className="break-all text-brand-700 underline">
                    {e}
                  </a>
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

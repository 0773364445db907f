import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test, type Sessions } from "./fixtures";

/**
 * Issue 9: an anonymous search neither matches nor quotes contact persons.
 * The contacts are read first through a signed-in officer's API, then every
 * anonymous search path (API, CSV, the list page's HTML and its RSC payload)
 * is checked for each of them, verbatim.
 */
interface Contact {
  name: string | null;
  emails: string[];
  phones: { text: string }[];
}

/** The officer's stored session (./fixtures.ts) for the API. */
async function signedInOfficer(baseURL: string, sessions: Sessions): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: await sessions("officer") });
}

async function allContacts(officer: APIRequestContext): Promise<Contact[]> {
  const list = (await (await officer.get("/api/v1/partners?pageSize=100")).json()) as { items: { slug: string }[] };
  const contacts: Contact[] = [];
  for (const { slug } of list.items) {
    const fiche = (await (await officer.get(`/api/v1/partners/${slug}`)).json()) as { contacts?: { items?: Contact[] } | Contact[] };
    const items = Array.isArray(fiche.contacts) ? fiche.contacts : (fiche.contacts?.items ?? []);
    contacts.push(...items);
  }
  return contacts;
}

function personalStrings(contacts: Contact[]): string[] {
  const out = new Set<string>();
  for (const c of contacts) {
    if (c.name && c.name.includes(" ")) out.add(c.name);
    for (const e of c.emails) out.add(e.toLowerCase());
    for (const p of c.phones) out.add(p.text);
  }
  return [...out];
}

/** `typed`: the visitor's own query, which the page echoes back (search box, heading). */
function expectNone(where: string, body: string, personal: string[], typed = "") {
  const lower = body.toLowerCase();
  const found = personal.filter((p) => p.toLowerCase() !== typed.toLowerCase() && lower.includes(p.toLowerCase()));
  expect(found, `personal data in ${where}`).toEqual([]);
}

test("an anonymous search neither matches nor shows contact persons; an officer's search does", async ({ baseURL, sessions }) => {
  test.slow();
  const officer = await signedInOfficer(baseURL!, sessions);
  const contacts = await allContacts(officer);
  const personal = personalStrings(contacts);
  expect(personal.length, "the officer sees the report's contacts").toBeGreaterThan(40);

  const anonymous = await playwrightRequest.newContext({ baseURL });
  const email = contacts.flatMap((c) => c.emails)[0];
  const name = contacts.map((c) => c.name).find((n) => n && n.includes(" "))!;

  for (const q of ["focal", "point focal", "directeur", email, name]) {
    const query = encodeURIComponent(q);
    for (const url of [`/api/v1/partners?q=${query}&pageSize=100`, `/api/v1/partners?q=${query}&format=csv`, `/partners?q=${query}`]) {
      const res = await anonymous.get(url);
      expect(res.status(), url).toBe(200);
      expectNone(url, await res.text(), personal, q);
    }
    // The React Server Components payload of the same page, as a client navigation fetches it.
    const rsc = await anonymous.get(`/partners?q=${query}`, { headers: { RSC: "1" } });
    expect(rsc.status()).toBe(200);
    expectNone(`RSC payload of /partners?q=${q}`, await rsc.text(), personal, q);
  }

  // Searching an e-mail tells an anonymous visitor nothing: no partner holds it.
  const byEmail = (await (await anonymous.get(`/api/v1/partners?q=${encodeURIComponent(email)}`)).json()) as { total: number };
  expect(byEmail.total).toBe(0);
  // The officer's search finds the partner by the same e-mail.
  const officerByEmail = (await (await officer.get(`/api/v1/partners?q=${encodeURIComponent(email)}`)).json()) as { total: number };
  expect(officerByEmail.total).toBeGreaterThan(0);

  await anonymous.dispose();
  await officer.dispose();
});

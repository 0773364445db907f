import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";

// Only the Next.js request context is replaced (the session it carries, and the
// messages next-intl reads from the request): the routes, the database, the
// guards and next-auth's session decoding stay real.
// The session cookie a signed-in request carries is a real token, signed with the app's secret (tests/request-context.ts).
vi.mock("next/headers", () => import("../../tests/request-context").then((m) => m.nextHeaders));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("../i18n/messages");
  return {
    getLocale: async () => "fr",
    getTranslations: async (namespace?: string) =>
      createTranslator({ locale: "fr", messages: loadMessages("fr") as never, namespace: namespace as never }),
  };
});

process.env.DATABASE_URL ??= inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { getDb } = await import("../db/client");
const { makeUser } = await import("../../tests/db-utils");
const contactsRoute = await import("../../app/api/v1/contacts/route");
const partnersRoute = await import("../../app/api/v1/partners/route");
const { parseCsv } = await import("../../tests/csv");
const { signInOutside: signInAs } = await import("../../tests/request-context");

const db = getDb();
type User = Awaited<ReturnType<typeof makeUser>>;
let users: { officer: User; analyst: User; admin: User; oneTime: User };


async function get(route: { GET: (r: Request) => Promise<Response> }, path: string) {
  const response = await route.GET(new Request(`http://localhost:3000${path}`));
  // Bytes as a spreadsheet program gets them: Response.text() would swallow the byte-order mark.
  return { response, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()) };
}

/** Every contact (name, phones as written, e-mails) of the active partners of a region, in the database. */
async function contactsOf(regionSlug: string) {
  const partners = await db.partner.findMany({
    where: { status: "active", OR: [{ national: true }, { regions: { some: { region: { slug: regionSlug } } } }] },
    select: { slug: true, contacts: { select: { name: true, emails: true, phones: { select: { text: true } } } } },
  });
  return partners.flatMap((p) => p.contacts.map((c) => ({ slug: p.slug, ...c })));
}

beforeAll(async () => {
  const [officer, analyst, admin, oneTime] = await Promise.all([
    makeUser(db, "officer"),
    makeUser(db, "analyst"),
    makeUser(db, "admin"),
    makeUser(db, "analyst", "one-time"),
  ]);
  // An analyst an admin has just reset: signed in, but on a one-time password.
  await db.user.update({ where: { id: oneTime.id }, data: { mustChangePassword: true } });
  users = { officer, analyst, admin, oneTime };
});

beforeEach(async () => {
  await signInAs(null);
  delete process.env.PUBLIC_URL;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/v1/contacts: privacy", () => {
  it("refuses anyone not signed in (401), one-time-password sessions (401) and officers (403), with no personal data", async () => {
    const someone = (await contactsOf("kayes")).find((c) => c.emails.length > 0)!;
    for (const [user, status] of [
      [null, 401],
      [users.oneTime, 401],
      [users.officer, 403],
    ] as const) {
      await signInAs(user);
      for (const format of ["csv", "xlsx", "json"]) {
        const { response, text } = await get(contactsRoute, `/api/v1/contacts?region=kayes&format=${format}`);
        expect(response.status, `${user?.email ?? "anonymous"} ${format}`).toBe(status);
        expect(JSON.parse(text).error.code).toBe(status === 401 ? "unauthorized" : "forbidden");
        expect(text).not.toContain(someone.emails[0]);
        expect(response.headers.get("content-disposition")).toBeNull();
      }
    }
  });

  it("answers analysts and admins, and no cache may keep the file", async () => {
    for (const user of [users.analyst, users.admin]) {
      await signInAs(user);
      const { response } = await get(contactsRoute, "/api/v1/contacts?region=kayes");
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.csv"/);
    }
  });
});

describe("GET /api/v1/contacts: one row per contact", () => {
  it("lists every contact of the view on its own row, phones as written (no apostrophe), links on the public URL", async () => {
    process.env.PUBLIC_URL = "https://passerelle.example.org";
    await signInAs(users.analyst);
    const { text } = await get(contactsRoute, "/api/v1/contacts?region=kayes");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      "N° de fiche",
      "Partenaire (organization.name)",
      "Sigle (alternate_name)",
      "Catégorie",
      "Zones d’intervention (service_area)",
      "Nom (contact.name)",
      "Fonction (contact.title)",
      "E-mail (contact.email)",
      "Téléphone (phone.number)",
      "Fiche Passerelle (url)",
    ]);
    const expected = await contactsOf("kayes");
    expect(expected.length).toBeGreaterThan(5);
    expect(rows).toHaveLength(expected.length);
    const phoneCells = rows.map((r) => r[8]).filter(Boolean);
    expect(phoneCells.length).toBeGreaterThan(0);
    expect(phoneCells.every((cell) => !cell.startsWith("'"))).toBe(true);
    // Each contact's phones, exactly as the fiche writes them, in that contact's row.
    for (const contact of expected.filter((c) => c.phones.length > 0)) {
      const phones = contact.phones.map((p) => p.text).join(", ");
      expect(rows.some((r) => r[8] === phones && r[9] === `https://passerelle.example.org/partners/${contact.slug}`), phones).toBe(true);
    }
    // One contact per row: no cell packs several contacts.
    expect(rows.every((r) => !r[5].includes(" | "))).toBe(true);
  });

  it("gives the same rows as JSON, and an XLSX file", async () => {
    await signInAs(users.admin);
    const json = JSON.parse((await get(contactsRoute, "/api/v1/contacts?region=kayes&format=json")).text);
    expect(json.total).toBe((await contactsOf("kayes")).length);
    expect(json.items[0]).toMatchObject({ partner: expect.any(String), url: expect.stringMatching(/^http:\/\/localhost:3000\/partners\//) });
    const { response } = await get(contactsRoute, "/api/v1/contacts?region=kayes&format=xlsx");
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
  });

  it("refuses a bad parameter with a 400 naming it", async () => {
    await signInAs(users.analyst);
    const { response, text } = await get(contactsRoute, "/api/v1/contacts?minCapacity=abc");
    expect(response.status).toBe(400);
    expect(JSON.parse(text).error.param).toBe("minCapacity");
  });
});

describe("GET /api/v1/partners?format=csv: chosen columns, phones, public URL", () => {
  it("exports only the columns chosen on the list (with the partner's identity)", async () => {
    const { text } = await get(partnersRoute, "/api/v1/partners?format=csv&region=kayes&columns=name,capacity,returnees");
    const [header] = parseCsv(text.slice(1));
    expect(header).toEqual([
      "N° de fiche",
      "Nom (name)",
      "Sigle (alternate_name)",
      "Capacité d’absorption",
      "Capacité d’absorption (max.)",
      "Capacité d’absorption : par (groupe, salle…)",
      "Expérience avec les migrants de retour",
      "Expérience : extrait de la fiche",
      "Fiche Passerelle (url)",
    ]);
    const full = parseCsv((await get(partnersRoute, "/api/v1/partners?format=csv&region=kayes")).text.slice(1))[0];
    expect(full).toContain("Catégorie");
    expect(full).toContain("Bailleurs (funding)");
  });

  it("writes contact phones without an apostrophe for an analyst, and fiche links on the configured public URL", async () => {
    process.env.PUBLIC_URL = "https://passerelle.example.org";
    await signInAs(users.analyst);
    const [header, ...rows] = parseCsv((await get(partnersRoute, "/api/v1/partners?format=csv&region=kayes")).text.slice(1));
    const phones = rows.map((r) => r[header.indexOf("Contact : téléphone (phone.number)")]).filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.every((cell) => /^\+\d/.test(cell))).toBe(true);
    const links = rows.map((r) => r[header.indexOf("Fiche Passerelle (url)")]);
    expect(links.every((l) => l.startsWith("https://passerelle.example.org/partners/"))).toBe(true);
  });
});

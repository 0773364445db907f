import { describe, expect, it } from "vitest";
import { serializeContacts } from "./contacts";

const contacts = [
  { name: "Madame Touré", role: "Directrice", emails: ["a@b.ml"], phones: [{ text: "+223 63.37.56.89", number: "+22363375689" }] },
];

describe("serializeContacts", () => {
  it("hides every personal field from anonymous viewers but says how many there are", () => {
    const out = serializeContacts(contacts, null);
    expect(out).toEqual({ hidden: true, count: 1, items: [] });
    expect(JSON.stringify(out)).not.toMatch(/Touré|63\.15|a@b/);
  });

  it("shows names, phones and e-mails to a signed-in officer", () => {
    const out = serializeContacts(contacts, { userId: 1, email: "o@x.org", role: "officer" });
    expect(out.hidden).toBe(false);
    expect(out.items[0]).toMatchObject({ name: "Madame Touré", emails: ["a@b.ml"] });
    expect(out.items[0].phones[0].number).toBe("+22363375689");
  });
});

import { describe, expect, it } from "vitest";
import { fieldErrors, formDataToObject } from "./form-data";

function fd(entries: Array<[string, string]>) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("formDataToObject", () => {
  it("builds nested rows from dotted names and arrays from names ending in []", () => {
    const out = formDataToObject(
      fd([
        ["name", "CFP"],
        ["contacts.0.name", "Awa"],
        ["contacts.1.phones", "+223 66 00 11 22"],
        ["capacities.absorption.max", "80"],
        ["regions[]", "kayes"],
        ["regions[]", "segou"],
        ["$ACTION_ID_abc", ""],
      ]),
    );
    expect(out).toEqual({
      name: "CFP",
      contacts: [{ name: "Awa" }, { phones: "+223 66 00 11 22" }],
      capacities: { absorption: { max: "80" } },
      regions: ["kayes", "segou"],
    });
  });

  it("keeps an uploaded file as a File for the schema that takes one", () => {
    const f = new FormData();
    const file = new File(["FICHE PARTENAIRE 1 : X"], "edition.txt", { type: "text/plain" });
    f.append("file", file);
    f.append("title", "Cartographie 2024");
    const out = formDataToObject(f);
    expect(out.title).toBe("Cartographie 2024");
    expect(out.file).toBeInstanceOf(File);
    expect((out.file as File).name).toBe("edition.txt");
  });

  it("ignores names that would reach the object prototype", () => {
    const out = formDataToObject(fd([["__proto__.admin", "yes"], ["a.constructor.prototype.x", "1"]]));
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(out).toEqual({});
  });
});

describe("fieldErrors", () => {
  it("keys messages by field path, once each", () => {
    expect(
      fieldErrors([
        { path: ["contacts", 0, "emails", 1], message: "invalidEmail" },
        { path: ["name"], message: "required" },
        { path: ["name"], message: "required" },
      ]),
    ).toEqual({ "contacts.0.emails.1": ["invalidEmail"], name: ["required"] });
  });
});

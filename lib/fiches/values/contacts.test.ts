import { describe, it, expect } from "vitest";
import { parseContactBlock, splitNameRole } from "./contacts";

/** Number the lines of an inline excerpt from 1. */
const block = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));

describe("splitNameRole", () => {
  it.each([
    ["Djibrilla Moussa, Directeur", "Djibrilla Moussa", "Directeur"],
    ["Madame Touré, Directrice", "Madame Touré", "Directrice"],
    ["MORO, Directeur Général", "MORO", "Directeur Général"],
    ["Directeur Général, Oumar Pérou", "Oumar Pérou", "Directeur Général"],
    ["Directeur de Production Messe DE SOUZA", "Messe DE SOUZA", "Directeur de Production"],
    ["Mamadou Galil Diakité", "Mamadou Galil Diakité", null],
  ])("%s", (t, name, role) => expect(splitNameRole(t)).toEqual({ name, role }));
});

describe("parseContactBlock", () => {
  it("reads a person and the Contact line below", () => {
    const [c] = parseContactBlock(block("Point focal Madame Touré, Directrice", "", "Contact  +223 63.37.56.89"));
    expect(c).toEqual({
      name: "Madame Touré",
      role: "Directrice",
      phones: [{ text: "+223 63.37.56.89", e164: "+22363375689" }],
      emails: [],
      lines: [1, 3],
    });
  });
  it("reads name, phone and e-mail on the label line (FP2 form)", () => {
    const cs = parseContactBlock(
      block("Point focal Djibrilla Moussa, Directeur ; +223/66.60.55.50, djibrillam@yahoo.fr", "mailto:djibrillam@yahoo.fr"),
    );
    expect(cs).toHaveLength(1);
    expect(cs[0].name).toBe("Djibrilla Moussa");
    expect(cs[0].emails).toEqual(["djibrillam@yahoo.fr"]);
  });
  it("joins a wrapped title and splits the phone after ' / ' (FP4 form)", () => {
    const [c] = parseContactBlock(
      block(
        "Point focal",
        "Père Norbert K. M. ADJOR, Directeur Don Bosco Bamako et Directeur du Centre Père",
        "Michel / + 223/76.73.13.13, sdbcpm@gmail.com",
      ),
    );
    expect(c.name).toBe("Père Norbert K. M. ADJOR");
    expect(c.role).toBe("Directeur Don Bosco Bamako et Directeur du Centre Père Michel");
    expect(c.phones.map((p) => p.e164)).toEqual(["+22376731313"]);
  });
  it("pairs several persons with their contact lines in order (FP15 form)", () => {
    const cs = parseContactBlock(
      block(
        "Point focal",
        "Sambal Sidibé, Chef du Département Coopération Migration (DCM)",
        "Bréhima Sidibé Noumbary, Chef de service Migration de la DCM",
        "Contact",
        "+223/66.15.08.86, sidibesam5@yahoo.fr",
        "+223/76.01.28.15, sbnoumbary@yahoo.fr",
        "mailto:sidibesam5@yahoo.fr",
      ),
    );
    expect(cs.map((c) => [c.name, c.emails[0], c.phones[0].e164])).toEqual([
      ["Sambal Sidibé", "sidibesam5@yahoo.fr", "+22366150886"],
      ["Bréhima Sidibé Noumbary", "sbnoumbary@yahoo.fr", "+22376012815"],
    ]);
  });
  it("pairs bulleted persons and keeps a wrapped bullet with its person (FA10 form)", () => {
    const cs = parseContactBlock(
      block(
        "Point(s) focal(aux)",
        "• Maurice Koné, Responsable de programmes",
        "• Salimata Koné, chargée de projet soutien à l’auto-emploi de la jeunesse",
        "rurale, vecteur de paix et de cohésion sociale",
        "Contact",
        "Maurice.Kone@fao.org",
        "salimata.kone@fao.org",
        "+223/76.25.43.55",
      ),
    );
    expect(cs).toHaveLength(2);
    expect(cs[1].role).toBe("chargée de projet soutien à l’auto-emploi de la jeunesse rurale, vecteur de paix et de cohésion sociale");
    expect(cs[0].emails).toEqual(["Maurice.Kone@fao.org"]);
    expect(cs[1].emails).toEqual(["salimata.kone@fao.org"]);
    // The extra phone line cannot be attributed: it goes to the first person.
    expect(cs[0].phones.map((p) => p.e164)).toEqual(["+22376254355"]);
  });
  it("joins an upper-case wrapped title without a comma (AFD form)", () => {
    const cs = parseContactBlock(
      block(
        "Point(s) focal(aux)",
        "Hamadoun Idrissa DICKO, Chargé de Projets – Secteur Éducation - Formation",
        "Professionnelle – Emploi",
        "Contact +223/76.30.91.27 et +223/74.59.50.68, dickohi@afd.fr",
      ),
    );
    expect(cs).toHaveLength(1);
    expect(cs[0].phones).toHaveLength(2);
  });
  it("gives one contact with a null name when no person is given", () => {
    const cs = parseContactBlock(block("Contact", "+223/20.08.02.12", "info@saer-emploi.com", "https://humaneo.africa/"));
    expect(cs).toEqual([
      {
        name: null,
        role: null,
        phones: [{ text: "+223/20.08.02.12", e164: "+22320080212" }],
        emails: ["info@saer-emploi.com"],
        lines: [2, 3],
      },
    ]);
  });
  it("takes an e-mail on its own line without a Contact label (FADEV form)", () => {
    const cs = parseContactBlock(block("Point focal", "Sidiki Traore", "diaspora@fadev.fr"));
    expect(cs).toEqual([expect.objectContaining({ name: "Sidiki Traore", emails: ["diaspora@fadev.fr"] })]);
  });
  it("uses a mailto line only when the visible text lost the address", () => {
    const [c] = parseContactBlock(block("Point focal Seydou SY, Lead", "Contact  +223/76.59.89.50", "mailto:ssy@jokkolabs.co"));
    expect(c.emails).toEqual(["ssy@jokkolabs.co"]);
    const [d] = parseContactBlock(
      block("Point focal X Y, Directeur ; a.b@Swisscontact.org", "mailto:a.b@swisscontact.org"),
    );
    expect(d.emails).toEqual(["a.b@Swisscontact.org"]);
  });
  it("ignores a stray page number inside the block", () => {
    const [c] = parseContactBlock(block("Point focal Moussa Bouaré, Directeur", "Contact  +223/71.43.33.40", "45"));
    expect(c.phones).toHaveLength(1);
    expect(c.lines).toEqual([1, 2]);
  });
});

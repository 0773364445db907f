import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTOR_TYPES } from "../fiches/tables/actor-types";
import { slugify } from "../fiches/values/slug";
import { vocabularyTerm, type VocabularyMessages } from "./vocabulary";

const read = (locale: string) => JSON.parse(readFileSync(path.join(__dirname, "messages", locale, "vocabulary.json"), "utf8"));

function translator(messages: Record<string, Record<string, string>>): VocabularyMessages {
  const get = (key: string) => {
    const [group, word] = key.split(".");
    return messages[group]?.[word];
  };
  return Object.assign((key: string) => get(key) ?? key, { has: (key: string) => get(key) !== undefined });
}

describe("the report's vocabulary", () => {
  const en = translator(read("en"));

  it("translates a unit, an actor type and a donor theme in English, whatever the capitals or accents", () => {
    expect(vocabularyTerm("en", en, "units", "apprenants")).toEqual({ text: "learners" });
    expect(vocabularyTerm("en", en, "units", "élèves")).toEqual({ text: "pupils" });
    expect(vocabularyTerm("en", en, "actorTypes", "PTF").text).toMatch(/donor/i);
    expect(vocabularyTerm("en", en, "donorThemes", "Formation Professionnelle")).toEqual({ text: "Vocational training" });
  });

  it("keeps the report's word in French, and marks an untranslated one as French in English", () => {
    expect(vocabularyTerm("fr", en, "units", "apprenants")).toEqual({ text: "apprenants" });
    expect(vocabularyTerm("en", en, "donorThemes", "Un thème inconnu")).toEqual({ text: "Un thème inconnu", lang: "fr" });
  });

  it("covers every actor type the parser knows, with the same keys in both languages", () => {
    const fr = read("fr");
    const english = read("en");
    for (const group of Object.keys(fr)) expect(Object.keys(english[group]).sort()).toEqual(Object.keys(fr[group]).sort());
    for (const type of ACTOR_TYPES) expect(english.actorTypes[slugify(type)], type).toBeTruthy();
    expect(readdirSync(path.join(__dirname, "messages", "en"))).toContain("vocabulary.json");
  });
});

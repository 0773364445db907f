/**
 * OpenAPI query parameters generated from the zod schemas that validate them
 * (zod 4's z.toJSONSchema), so the document cannot drift from the parsers.
 *
 * A parameter read as a list of URL values (lib/partners/filters.ts `single`
 * and `many`: an array piped into the real check) is documented by what the
 * check accepts per value; `single` ones (at most one value) as scalars,
 * `many` ones as repeatable arrays. A check whose output is a transform (not
 * representable) is documented by its input.
 */
import { z } from "zod";

type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: "form";
  explode?: boolean;
}

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const result = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  // A parameter's schema is embedded in the document: the dialect line belongs to the document.
  delete result.$schema;
  return result;
}

/** What a schema accepts: its output when representable, else its input. */
function accepted(schema: z.ZodType): JsonSchema {
  const out = jsonSchema(schema, "output");
  const items = out.items as JsonSchema | undefined;
  const empty = (s: JsonSchema) => !("type" in s) && !("enum" in s) && !("anyOf" in s);
  if (empty(out) || (items && empty(items))) return jsonSchema(schema, "input");
  return out;
}

/** A pipe's output side (zod 4 exposes `in` and `out` on pipes). */
function outSide(schema: z.ZodType): z.ZodType | null {
  return schema instanceof z.ZodPipe ? (schema.out as z.ZodType) : null;
}

export function queryParameters(shape: Record<string, z.ZodType>, descriptions: Record<string, string> = {}): OpenApiParameter[] {
  return Object.entries(shape).map(([name, field]) => {
    const input = jsonSchema(field, "input");
    const base = { name, in: "query" as const, required: !field.safeParse(undefined).success && input.type !== "array" };
    let schema: JsonSchema;
    let repeatable = false;
    const out = outSide(field);
    if (input.type === "array" && out) {
      repeatable = input.maxItems !== 1;
      schema = accepted(out);
    } else {
      schema = accepted(field);
    }
    const description = descriptions[name] ?? (schema.description as string | undefined);
    delete schema.description;
    return {
      ...base,
      ...(description ? { description } : {}),
      schema,
      ...(repeatable ? { style: "form" as const, explode: true } : {}),
    };
  });
}

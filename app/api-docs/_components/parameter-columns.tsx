import type { ColumnDef } from "@tanstack/react-table";
import type { OpenApiParameter } from "@/lib/openapi/parameters";

/** The labels the columns need, resolved in the page's locale. */
export interface ParameterColumnLabels {
  name: string;
  type: string;
  description: string;
  repeatable: string;
}

/** A parameter's type in a few words: "integer 1–100", "one of: json, csv", "string, ≤ 200". */
function typeText(p: OpenApiParameter, repeatable: string): string {
  const s = p.schema as { type?: string; enum?: string[]; minimum?: number; maximum?: number; maxLength?: number; pattern?: string; items?: { type?: string; enum?: string[] } };
  const base = s.type === "array" ? s.items : s;
  const words = base?.enum ? base.enum.join(" | ") : (base?.type ?? "string");
  const range = s.minimum !== undefined || s.maximum !== undefined ? ` ${s.minimum ?? ""}–${s.maximum ?? ""}` : "";
  const length = s.maxLength ? ` ≤ ${s.maxLength}` : "";
  return `${words}${range}${length}${s.type === "array" ? ` (${repeatable})` : ""}`;
}

/** Columns of an operation's parameters on /api-docs (components/data-table kit), from the OpenAPI document. */
export function parameterColumns(l: ParameterColumnLabels): ColumnDef<OpenApiParameter>[] {
  return [
    {
      id: "name",
      header: l.name,
      meta: { rowHeader: true, className: "font-mono" },
      cell: ({ row: { original: p } }) => (
        <>
          {p.name}
          {p.in === "path" && <span className="ml-1 text-xs font-normal text-slate-600">({p.in})</span>}
        </>
      ),
    },
    { id: "type", header: l.type, meta: { className: "font-mono text-xs" }, cell: ({ row }) => typeText(row.original, l.repeatable) },
    // The reference's own text is English (technical); the interface around it follows the locale.
    { id: "description", header: l.description, cell: ({ row }) => <span lang="en">{row.original.description}</span> },
  ];
}

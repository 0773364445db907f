/**
 * One `INSERT … SELECT` that copies rows of a table onto new parents, keeping
 * every column as it is unless an override gives it an expression. The column
 * list comes from the database itself (information_schema), so a column added
 * to the schema later is copied too instead of silently left at its default.
 */

export interface CopySpec {
  table: string;
  /** Every insertable column of the table (generated columns excluded). */
  columns: readonly string[];
  /** Column -> SQL expression over the source row `t` and the joined mapping rows. */
  overrides: Readonly<Record<string, string>>;
  /** The FROM clause; the source table must be aliased `t`. */
  from: string;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function copySql({ table, columns, overrides, from }: CopySpec): string {
  const unknown = Object.keys(overrides).filter((c) => !columns.includes(c));
  if (unknown.length > 0) throw new Error(`${table}: no such column(s) ${unknown.join(", ")}`);
  // A serial id left out takes the next value of its sequence.
  const kept = columns.filter((c) => c !== "id" || "id" in overrides);
  const values = kept.map((c) => overrides[c] ?? `t.${quoteIdent(c)}`);
  return `INSERT INTO ${quoteIdent(table)} (${kept.map(quoteIdent).join(", ")}) SELECT ${values.join(", ")} FROM ${from}`;
}

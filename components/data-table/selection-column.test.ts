import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "./data-table";
import { RowSelectBox, selectionColumn } from "./selection-column";

interface Row {
  id: string;
  name: string;
}
const data: Row[] = [
  { id: "a", name: "Atelier A" },
  { id: "b", name: "Bureau B" },
];
const nameColumn: ColumnDef<Row> = { id: "name", header: "Nom", cell: ({ row }) => row.original.name };

const table = (columns: ColumnDef<Row>[], rows?: (columns: string[]) => ReactNode) =>
  renderToStaticMarkup(createElement(DataTable<Row>, { data, columns, getRowId: (r) => r.id, caption: "Partenaires", selectable: true, rows }));

describe("selectionColumn", () => {
  it("in a table DataTable renders, gives each row a box named by selectRow, and the page one", () => {
    const html = table([selectionColumn<Row>({ selectPage: "Tout sélectionner", selectRow: (r) => `Sélectionner ${r.name}` }), nameColumn]);
    expect(html).toContain('<thead class="bg-slate-50"><tr><th scope="col"><input type="checkbox" aria-label="Tout sélectionner"/></th>');
    expect(html).toContain('<td><input type="checkbox" aria-label="Sélectionner Atelier A" value="a"/></td><td>Atelier A</td>');
    expect(html).toContain('<td><input type="checkbox" aria-label="Sélectionner Bureau B" value="b"/></td><td>Bureau B</td>');
  });

  it("without selectRow, gives the header's box only: a table rendering its own rows names their boxes", () => {
    const column = selectionColumn<Row>({ selectPage: "Tout sélectionner" });
    expect(column.cell).toBeUndefined();
    const html = table([column, nameColumn], (columns) =>
      data.map((r) =>
        createElement(
          "tr",
          { key: r.id },
          columns.map((id) => createElement("td", { key: id }, id === "select" ? createElement(RowSelectBox, { id: r.id, label: `Choisir ${r.name}` }) : r.name)),
        ),
      ),
    );
    expect(html).toContain('<th scope="col"><input type="checkbox" aria-label="Tout sélectionner"/></th>');
    expect(html).toContain('<tbody><tr><td><input type="checkbox" aria-label="Choisir Atelier A" value="a"/></td><td>Atelier A</td></tr>');
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
  });
});

"use client";

import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import { PAGE_SELECT, ROW_SELECT } from "./selection-column";

/**
 * Row selection over a server-rendered DataTable: the table's checkboxes
 * (./selection-column.tsx) are read through one change listener on the element
 * holding the table (`scope`). The selection is kept by row id, in the order
 * rows were ticked, so it survives paging and re-sorting; after each render
 * (a new page of rows) the checkboxes are set from it.
 */
export function useRowSelection() {
  const scope = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<string[]>([]);

  const rowBoxes = () => [...(scope.current?.querySelectorAll<HTMLInputElement>(ROW_SELECT) ?? [])];

  useEffect(() => {
    const boxes = rowBoxes();
    for (const box of boxes) box.checked = selected.includes(box.value);
    const page = scope.current?.querySelector<HTMLInputElement>(PAGE_SELECT);
    if (page) page.checked = boxes.length > 0 && boxes.every((b) => b.checked);
  });

  const onChange = useCallback((event: ChangeEvent<HTMLDivElement>) => {
    const box = event.target as unknown as HTMLInputElement;
    if (box.matches(ROW_SELECT)) {
      setSelected((s) => (box.checked ? [...s.filter((id) => id !== box.value), box.value] : s.filter((id) => id !== box.value)));
    } else if (box.matches(PAGE_SELECT)) {
      const ids = rowBoxes().map((b) => b.value);
      setSelected((s) => (box.checked ? [...s.filter((id) => !ids.includes(id)), ...ids] : s.filter((id) => !ids.includes(id))));
    }
  }, []);

  return { scope, selected, onChange, clear: useCallback(() => setSelected([]), []) };
}

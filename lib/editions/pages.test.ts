import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSourceLines } from "../fiches/lines";
import { pageOf, pageStarts } from "./pages";

const report = readFileSync(new URL("../../seeds/000_b0b3eacde88cb4a8.txt", import.meta.url), "utf8");
const lines = toSourceLines(report);
const starts = pageStarts(lines);

describe("pageStarts on the report", () => {
  it("gives every numbered page its own number", () => {
    const numbered = lines.filter((l) => l.kind === "pageNumber");
    expect(numbered.length).toBeGreaterThan(0);
    for (const l of numbered) expect(pageOf(starts, l.n)).toBe(Number(l.raw.trim()));
  });

  it("counts one page per break, in order, with no gaps", () => {
    const pages = starts.map(([, p]) => p);
    expect(pages.every((p) => p !== null)).toBe(true);
    for (let i = 1; i < pages.length; i++) expect(pages[i]).toBe(pages[i - 1]! + 1);
  });

  it("places the line after a page number on the next page", () => {
    const n = lines.find((l) => l.kind === "pageNumber")!;
    const next = lines.find((l) => l.n > n.n && l.kind === "content")!;
    expect(pageOf(starts, next.n)).toBe(Number(n.raw.trim()) + 1);
  });
});

describe("pageStarts on small texts", () => {
  const text = (rows: string[]) => toSourceLines(rows.join("\n"));

  it("has no pages without a page number", () => {
    expect(pageStarts(text(["Intro", "", " Next page", "more"]))).toEqual([]);
  });

  it("counts back and forth from a page number", () => {
    const t = text([" Title", "body", "", " second page", "", "7", "", "third page", "", " fourth page"]);
    const s = pageStarts(t);
    expect([1, 2, 4, 8, 10].map((n) => pageOf(s, n))).toEqual([6, 6, 7, 8, 9]);
  });

  it("leaves pages unknown where the breaks disagree with the numbers", () => {
    const t = text(["a", "", "3", "", " b", "", "9", "", "c"]);
    const s = pageStarts(t);
    expect(pageOf(s, 1)).toBe(3);
    expect(pageOf(s, 5)).toBeNull();
    expect(pageOf(s, 9)).toBe(10);
  });

  it("reads CRLF text the same way", () => {
    const t = toSourceLines([" Title", "", "4", "", "next"].join("\r\n"));
    expect(pageOf(pageStarts(t), 5)).toBe(5);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SUMMARY_LENGTH, summarizeCapacityText } from "./capacity";

describe("summarizeCapacityText", () => {
  it("keeps the first sentence, the first bullet, or the whole text when it has one sentence", () => {
    expect(summarizeCapacityText("300 migrants de retour par an. Le centre accueille aussi des jeunes.")).toBe("300 migrants de retour par an.");
    expect(summarizeCapacityText("• 40 apprentis par session • 120 par an")).toBe("40 apprentis par session");
    expect(summarizeCapacityText("Capacité : 25 par promotion – 3 promotions par an")).toBe("Capacité : 25 par promotion");
    expect(summarizeCapacityText("Illimitée ;")).toBe("Illimitée");
    // A full stop before a lower-case word or a figure ends no sentence ("env. 30", "p. ex.").
    expect(summarizeCapacityText("Env. 30 jeunes par an. Puis davantage")).toBe("Env. 30 jeunes par an.");
  });

  it("cuts a long first sentence at a word, with an ellipsis", () => {
    const long = `${"formation professionnelle ".repeat(10)}fin.`;
    const summary = summarizeCapacityText(long);
    expect(summary.endsWith("…")).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LENGTH + 1);
    expect(long.startsWith(summary.slice(0, -1))).toBe(true);
  });

  it("gives, for every line of the report, what splitting the whole text at each boundary gave", () => {
    // The former implementation, kept here as the reference: split everything, keep the first part.
    const bySplit = (text: string) => {
      const first = text
        .replace(/^\s*[•\-–o]\s+/u, "")
        .split(/\s+[•\-–]\s+|(?<=[.!?])\s+(?=[A-ZÀ-Ý«])/u)[0]
        .replace(/[\s;:,]+$/u, "");
      if (first.length <= SUMMARY_LENGTH) return first;
      const cut = first.slice(0, SUMMARY_LENGTH + 1);
      const space = cut.lastIndexOf(" ");
      return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, SUMMARY_LENGTH)).replace(/[\s,;:.–-]+$/u, "")}…`;
    };
    const report = readFileSync(path.join(process.cwd(), "seeds/000_b0b3eacde88cb4a8.txt"), "utf8");
    const lines = report.split("\n").filter((l) => l.trim());
    // Paragraphs too: a capacity's text may run over several lines.
    const paragraphs = report.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, " "));
    const inputs = [...lines, ...paragraphs];
    expect(inputs.length).toBeGreaterThan(1000);
    for (const text of inputs) expect(summarizeCapacityText(text), text).toBe(bySplit(text));
  });
});

/**
 * A stored value keeps the report's physical lines (PDF wrapping included).
 * For reading, wrapped lines are joined back into paragraphs while every bullet
 * ("•", "-", "o ", "1.", "a)") and every "Label :" line still starts its own line.
 * A word the PDF cut at a line end ("auto-" / "emploi") is glued back.
 * The exact stored text stays available through SourceRef.
 */
import { joinCutWords } from "@/lib/fiches/values/text";

const STARTS_ITEM = /^(?:[•\-–▪●◦]|o\s|\d{1,2}[.)]\s|[a-z][.)]\s)/u;
const ENDS_HEADING = /:\s*$/;

export function reflow(value: string): string[] {
  const out: string[] = [];
  for (const raw of value.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const previous = out[out.length - 1];
    if (previous === undefined || STARTS_ITEM.test(line) || ENDS_HEADING.test(previous)) out.push(line);
    else out[out.length - 1] = joinCutWords(`${previous}\n${line}`).replace("\n", " ");
  }
  return out;
}

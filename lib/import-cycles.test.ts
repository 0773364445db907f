import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCircular, parseDependencyTree } from "dpdm";

/**
 * Issue 11: no import cycle in lib/ (type-only imports included: a type cycle
 * is still two modules that cannot be understood one without the other).
 * The Prisma client lib/db/generated is generated code and left out.
 */
const ROOT = path.resolve(import.meta.dirname, "..");

/** A cycle written from its alphabetically first file, so the same cycle always reads the same. */
function canonical(files: string[]): string {
  const start = files.indexOf([...files].sort()[0]);
  return [...files.slice(start), ...files.slice(0, start)].join(" -> ");
}

describe("lib/", () => {
  it("has no import cycle", async () => {
    const tree = await parseDependencyTree("lib/**/*.ts", {
      cwd: ROOT,
      context: ROOT,
      transform: false,
      skipDynamicImports: true,
      exclude: /node_modules|lib\/db\/generated|\.test\.ts$/,
      tsconfig: path.join(ROOT, "tsconfig.json"),
    });
    const cycles = parseCircular(tree, true).map((files) => canonical(files.map((f) => path.relative(ROOT, path.resolve(ROOT, f)))));
    expect(cycles).toEqual([]);
  }, 60_000);
});

/** Reading the seed documents from disk (the parser itself never touches the file system). */
import fs from "node:fs";
import path from "node:path";
import type { SeedSource } from "./load-report";

export const SEEDS_DIR = "seeds";

/** The given files, or every `seeds/*.txt` in name order. */
export function readSeedSources(files: string[] = [], root = process.cwd()): SeedSource[] {
  const paths =
    files.length > 0
      ? files
      : fs
          .readdirSync(path.join(root, SEEDS_DIR))
          .filter((name) => name.endsWith(".txt"))
          .sort()
          .map((name) => path.join(SEEDS_DIR, name));
  if (paths.length === 0) throw new Error(`no seed file: ${SEEDS_DIR}/*.txt is empty`);
  return paths.map((file) => ({
    file: path.relative(root, path.resolve(root, file)) || file,
    text: fs.readFileSync(path.resolve(root, file), "utf8"),
  }));
}

/** Types of ./memory-store.mjs (plain JavaScript, loaded by Next.js at run time). */
export interface StoredEntry {
  value: unknown;
  lastModified: number;
  cacheControl: unknown;
  tags: string[];
  size: number;
}
export function entrySize(key: string, value: unknown): number;
export function tagsOf(value: unknown, ctxTags: string[] | undefined): string[];
export class MemoryStore {
  constructor(options: { maxBytes: number; settleMs?: number; now?: () => number });
  maxBytes: number;
  bytes: number;
  entries: Map<string, StoredEntry>;
  get(key: string, moreTags?: string[]): StoredEntry | null;
  set(key: string, value: unknown, tags?: string[], cacheControl?: unknown): void;
  expireTags(tags: string[]): void;
  clear(): void;
  delete(key: string): void;
}

/** Types of ./page-cache.mjs (plain JavaScript, loaded by scripts/serve.mjs and the cache handler). */
import type { IncomingMessage, ServerResponse } from "node:http";

export const LOCALE_COOKIE: string;
export const REQUEST_ID_HEADER: string;
export const CACHE_STATUS_HEADER: string;
export const INTERNAL_HEADERS: string[];
export const PATH_HEADER: string;
export function withVisitorPath<Req extends { url?: string; headers: Record<string, string | string[] | undefined> }, Res>(
  render: (req: Req, res: Res) => unknown,
): (req: Req, res: Res) => unknown;
export function visitorPath(url: string | undefined): string;
export interface SharedAnswer {
  status: number;
  headers: Record<string, string | string[] | number>;
  body: Buffer;
  age: number;
}
export function sharedPageKey(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | null;
export class PageCache {
  constructor(options: { ttlMs: number; maxBytes: number; maxEntryBytes?: number; settleMs?: number; now?: () => number });
  readonly enabled: boolean;
  generation: number;
  nextRequestId(): string;
  invalidate(): void;
  markFailed(requestId: string): void;
  get(key: string): SharedAnswer | null;
  getOrWait(key: string, ms: number): Promise<SharedAnswer | null>;
  send(res: ServerResponse, answer: SharedAnswer): void;
  capture(key: string, requestId: string, res: ServerResponse): void;
}
export function answerFromCacheOrRender(
  pages: PageCache,
  req: IncomingMessage,
  res: ServerResponse,
  render: (req: IncomingMessage, res: ServerResponse) => unknown,
): Promise<void>;
export function envNumber(env: Record<string, string | undefined>, name: string, fallback: number): number;
export function sharedPageCache(env?: Record<string, string | undefined>): PageCache;
export function invalidateSharedPages(): void;

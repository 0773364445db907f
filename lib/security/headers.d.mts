export interface Header {
  key: string;
  value: string;
}
export function contentSecurityPolicy(options: { dev: boolean }): string;
export const STRICT_TRANSPORT_SECURITY: Header;
export function securityHeaders(options: { dev: boolean; https: boolean }): Header[];
export function securityHeaderRules(options: { dev: boolean }): Array<{
  source: string;
  has?: Array<{ type: "header"; key: string; value: string }>;
  headers: Header[];
}>;

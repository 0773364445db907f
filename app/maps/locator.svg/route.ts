import { apiRoute } from "@/lib/api/route";
import { invalidParameter } from "@/lib/api/errors";
import { locatorSvg, parseLocatorQuery } from "@/lib/geo/locator";

/**
 * The fiche's locator map (lib/geo/locator.ts): the same picture for the same
 * query, whoever asks, until the map data changes with a release. Browsers and
 * shared caches keep it a day; a bad query gets a 400 naming the parameter.
 */
export const GET = apiRoute(async (request) => {
  const parsed = parseLocatorQuery(new URL(request.url).searchParams);
  if ("error" in parsed) throw invalidParameter(parsed.error.param, parsed.error.message);
  return new Response(locatorSvg(parsed.data), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  });
});

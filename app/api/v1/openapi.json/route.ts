import { apiRoute } from "@/lib/api/route";
import { publicOrigin } from "@/lib/env";
import { openApiDocument } from "@/lib/openapi/document";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of the whole API, generated from the parameter schemas. */
export const GET = apiRoute(async (request) => Response.json(openApiDocument(publicOrigin(request.url))));

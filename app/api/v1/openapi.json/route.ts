import { openApiDocument } from "@/lib/openapi/document";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of the whole API, generated from the parameter schemas. */
export function GET(request: Request) {
  return Response.json(openApiDocument(new URL(request.url).origin));
}

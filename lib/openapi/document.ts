/**
 * The OpenAPI 3.1 document of the whole API (GET /api/v1/openapi.json, shown on
 * /api-docs). Query parameters are generated from the zod schemas the routes
 * validate with (./parameters.ts); HSDS answers refer to the standard's own
 * schemas. Pure: no database, no Next.js.
 */
import { langParamSchema } from "../api/lang";
import { hsdsListParamsSchema } from "../hsds/params";
import { partnerFiltersSchema } from "../partners/filters";
import { queryParameters, type OpenApiParameter } from "./parameters";

/** The partner list's parameters in words (README "JSON API"); their types come from the schema. */
const PARTNER_FILTER_DESCRIPTIONS: Record<string, string> = {
  q: "Accent- and case-insensitive French full text over the whole fiche; name and acronym matches first.",
  region: "A region's name or slug (`Ségou`, `segou`); repeatable or comma-separated. Partners with national coverage match every region.",
  category: "Partner category; repeatable.",
  funder: "Funder slug (`afd`, `union-europeenne`, see /api/v1/funders); repeatable.",
  course: "Text matched against the courses taught (`menuiserie`).",
  returnees: "Experience with returning migrants; repeatable.",
  minCapacity: "Absorption capacity at least this many people (or unlimited).",
  hasInsertion: "`true`: only partners with insertion figures.",
  unverified: "`true`: only fiches no admin has verified in the last 12 months (or ever).",
  sort: "Sort order (`verified`: date of the last verification); `-` prefix for descending. `relevance` needs `q`.",
  page: "Page number, from 1.",
  pageSize: "Partners per page (default 25).",
  format: "`csv` (UTF-8 with BOM) or `xlsx` export the whole filtered view; `json` (default) one page.",
  columns: "Columns of the CSV/XLSX export and of the page's table.",
};

const HSDS_SCHEMAS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled";

function slugParameter(what: string): OpenApiParameter {
  return { name: "slug", in: "path", required: true, description: `The ${what}'s slug, as in its page's address.`, schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", maxLength: 200 } };
}

const json = (schema: Record<string, unknown>, description: string) => ({ description, content: { "application/json": { schema } } });
const errorResponse = (description: string) => json({ $ref: "#/components/schemas/Error" }, description);
const notFound = { "404": errorResponse("No such record (or not visible to this caller).") };
const unavailable = { "503": errorResponse("The database is not answering; retry shortly (Retry-After).") };
const badRequest = { "400": errorResponse("A parameter is invalid; the answer names it.") };
const object = { type: "object" };

export function openApiDocument(origin: string) {
  const partnerFilters = queryParameters(partnerFiltersSchema.shape, PARTNER_FILTER_DESCRIPTIONS);
  const hxlFilters = partnerFilters.filter((p) => !["format", "columns", "page", "pageSize"].includes(p.name));
  const lang = queryParameters({ lang: langParamSchema });
  const contactFilters = [...partnerFilters.filter((p) => !["columns", "page", "pageSize"].includes(p.name)), ...lang];
  return {
    openapi: "3.1.0",
    info: {
      title: "Passerelle API",
      version: "1",
      description:
        "The directory of reintegration partners in Mali. Read-only. Contact persons (names, phones, e-mails) appear only for signed-in sessions, in every format.",
    },
    servers: [{ url: origin }],
    tags: [
      { name: "directory", description: "Partners, donors and funders (JSON)." },
      { name: "exchange", description: "The sector's exchange formats: Open Referral HSDS 3 and HXL." },
    ],
    paths: {
      "/api/v1/partners": {
        get: {
          tags: ["directory"],
          summary: "The filtered partner list (JSON page, or the whole view as CSV/XLSX)",
          parameters: [...partnerFilters, ...lang],
          responses: {
            "200": {
              description: "`{ total, page, pageSize, items }`, or the export file.",
              content: {
                "application/json": { schema: { type: "object", required: ["total", "page", "pageSize", "items"], properties: { total: { type: "integer" }, page: { type: "integer" }, pageSize: { type: "integer" }, items: { type: "array", items: object } } } },
                "text/csv": { schema: { type: "string" } },
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentMediaType: "application/octet-stream" } },
              },
            },
            ...badRequest,
            ...unavailable,
          },
        },
      },
      "/api/v1/contacts": {
        get: {
          tags: ["directory"],
          summary: "The contact persons of the partners in a filtered view, one row per contact (analysts and admins only)",
          parameters: contactFilters,
          responses: {
            "200": {
              description: "CSV (default) or XLSX, one row per contact; `format=json`: `{ total, items }`.",
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentMediaType: "application/octet-stream" } },
                "application/json": { schema: { type: "object", required: ["total", "items"], properties: { total: { type: "integer" }, items: { type: "array", items: object } } } },
              },
            },
            ...badRequest,
            "401": errorResponse("Not signed in (or still on a one-time password): contacts are personal data."),
            "403": errorResponse("Signed in, but only analysts and administrators may export contacts."),
            ...unavailable,
          },
        },
      },
      "/api/v1/partners/{slug}": {
        get: { tags: ["directory"], summary: "A partner fiche: typed fields, trainings, funders, contacts (signed-in only), sections with source lines", parameters: [slugParameter("partner")], responses: { "200": json(object, "The fiche."), ...notFound, ...unavailable } },
      },
      "/api/v1/donors": { get: { tags: ["directory"], summary: "The report's donor fiches", responses: { "200": json(object, "`{ total, items }`."), ...unavailable } } },
      "/api/v1/donors/{slug}": {
        get: { tags: ["directory"], summary: "A donor with its projects and the partners it funds", parameters: [slugParameter("donor")], responses: { "200": json(object, "The donor fiche."), ...notFound, ...unavailable } },
      },
      "/api/v1/funders": {
        get: { tags: ["directory"], summary: "Every funder the partner fiches name: partners by region and category, share of the directory", responses: { "200": json(object, "`{ total, activePartners, items }`."), ...unavailable } },
      },
      "/api/v1/funders/{slug}": {
        get: { tags: ["directory"], summary: "A funder with the partners it funds", parameters: [slugParameter("funder")], responses: { "200": json(object, "The funder."), ...notFound, ...unavailable } },
      },
      "/api/hsds/organizations": {
        get: {
          tags: ["exchange"],
          summary: "Open Referral HSDS 3: paginated list of organizations",
          parameters: queryParameters(hsdsListParamsSchema.shape),
          responses: {
            "200": json(
              {
                allOf: [{ $ref: "#/components/schemas/HsdsPage" }],
                properties: { contents: { type: "array", items: { anyOf: [{ $ref: `${HSDS_SCHEMAS}/organization_list.json` }, { $ref: `${HSDS_SCHEMAS}/organization.json` }] } } },
              },
              "One page of organizations (list items, or full organizations with `full=true`).",
            ),
            ...badRequest,
            ...unavailable,
          },
        },
      },
      "/api/hsds/organizations/{id}": {
        get: {
          tags: ["exchange"],
          summary: "Open Referral HSDS 3: one organization with funding, services (courses and support offers), service areas (regions), contacts for signed-in callers",
          parameters: [{ name: "id", in: "path", required: true, description: "The organization's HSDS id (a UUID), or the fiche's slug.", schema: { type: "string", maxLength: 200 } }],
          responses: { "200": json({ $ref: `${HSDS_SCHEMAS}/organization.json` }, "The organization."), ...notFound, ...unavailable },
        },
      },
      "/api/hsds/datapackage": {
        get: {
          tags: ["exchange"],
          summary: "Open Referral HSDS 3 tabular data package: CSV tables and datapackage.json, zipped (contacts only for analysts and admins)",
          responses: { "200": { description: "A zip archive.", content: { "application/zip": { schema: { type: "string", contentMediaType: "application/zip" } } } }, ...unavailable },
        },
      },
      "/api/hxl/who-does-what-where": {
        get: {
          tags: ["exchange"],
          summary: "Who does what where as an HXL-tagged CSV (one row per partner and region), with the partner list's filters",
          parameters: hxlFilters,
          responses: { "200": { description: "CSV: readable headers, then HXL hashtags, then the rows.", content: { "text/csv": { schema: { type: "string" } } } }, ...badRequest, ...unavailable },
        },
      },
      "/api/v1/openapi.json": {
        get: { tags: ["directory"], summary: "This document", responses: { "200": json(object, "OpenAPI 3.1.") } },
      },
    },
    components: {
      schemas: {
        Error: {
          type: "object",
          description: "The one error body of the API (lib/api/errors.ts): `code` for programs, `message` for people, `param` names a bad parameter, `requestId` comes with a 500.",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", enum: ["invalid_parameter", "unauthorized", "forbidden", "not_found", "database_unavailable", "internal_error"] },
                message: { type: "string" },
                param: { type: "string" },
                requestId: { type: "string" },
              },
            },
          },
        },
        HsdsPage: {
          type: "object",
          description: "The HSDS paginated list envelope.",
          required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
          properties: {
            total_items: { type: "integer" },
            total_pages: { type: "integer" },
            page_number: { type: "integer" },
            size: { type: "integer" },
            first_page: { type: "boolean" },
            last_page: { type: "boolean" },
            empty: { type: "boolean" },
            contents: { type: "array" },
          },
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

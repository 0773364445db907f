/**
 * The HSDS 3 shapes this app produces: the subset of the standard's fields we
 * fill (lib/hsds/standard/organization.json has them all). Optional keys are
 * left out rather than null: HSDS field types do not admit null.
 */

export interface HsdsOrganizationListItem {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  website?: string;
  year_incorporated?: number;
  legal_status?: string;
  uri?: string;
}

export interface HsdsFunding {
  id: string;
  organization_id: string;
  source: string;
}

export interface HsdsPhone {
  id: string;
  contact_id: string;
  number: string;
}

export interface HsdsContact {
  id: string;
  organization_id: string;
  name?: string;
  title?: string;
  email?: string;
  phones: HsdsPhone[];
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description?: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description?: string;
  url?: string;
  status: "active";
  service_areas: HsdsServiceArea[];
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id: string;
  identifier_scheme: string;
  identifier_type: string;
  identifier: string;
}

export interface HsdsOrganization extends HsdsOrganizationListItem {
  funding: HsdsFunding[];
  contacts: HsdsContact[];
  phones: never[];
  locations: never[];
  programs: never[];
  organization_identifiers: HsdsOrganizationIdentifier[];
  services: HsdsService[];
}

/** The HSDS paginated list (openapi.json `Page` + `contents`). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/partners/route";

// The route's answer to bad parameters: a 400 naming the parameter, before any
// database work (the list itself is covered by list/export integration tests).
async function get(query: string) {
  const response = await GET(new Request(`http://passerelle.test/api/v1/partners?${query}`));
  return { status: response.status, body: await response.json() };
}

describe("GET /api/v1/partners: parameter validation", () => {
  it.each([
    ["page=-1", "page"],
    ["pageSize=1000", "pageSize"],
    ["region=Atlantis", "region"],
    ["q=a&q=b", "q"],
    [`q=${"x".repeat(5000)}`, "q"],
    ["minCapacity=lots", "minCapacity"],
    ["hasInsertion=maybe", "hasInsertion"],
    ["returnees=sometimes", "returnees"],
    ["category=%27%20OR%201%3D1", "category"],
    ["sort=name%3B%20DROP%20TABLE%20organization", "sort"],
    ["format=pdf", "format"],
    ["funder=%F0%9F%A4%9D", "funder"],
  ])("%s -> 400 naming %s", async (query, param) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error.param).toBe(param);
    expect(body.error.message).toContain(param);
  });
});

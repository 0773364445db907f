import { describe, expect, it, vi } from "vitest";
import { invalidParameter, notFound } from "./errors";
import { apiRoute } from "./route";
import { DatabaseUnavailableError } from "../db/errors";

const call = (handler: () => Promise<Response>) => apiRoute(handler)(new Request("http://passerelle.test/api/v1/x"));

describe("apiRoute: one error body for every route", () => {
  it("answers bad input with a 400 naming the parameter, and a missing record with a 404", async () => {
    const bad = await call(async () => {
      throw invalidParameter("pageSize", "pageSize: must be at most 100");
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "invalid_parameter", param: "pageSize", message: "pageSize: must be at most 100" } });

    const missing = await call(async () => {
      throw notFound('No partner with slug "x"');
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "not_found", message: 'No partner with slug "x"' } });
  });

  it("answers 503 only when the database does not answer, and 500 with a logged request id for a bug", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const outage = await call(async () => {
        throw new DatabaseUnavailableError();
      });
      expect(outage.status).toBe(503);
      expect((await outage.json()).error.code).toBe("database_unavailable");

      const bug = await call(async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'slug')");
      });
      expect(bug.status).toBe(500);
      const { error } = await bug.json();
      expect(error.code).toBe("internal_error");
      expect(error.message).not.toContain("slug");
      expect(log.mock.calls[0][0]).toContain(error.requestId);
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});

import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./errors";

/** The shapes Prisma 6.19 with @prisma/adapter-pg gives (see lib/db/stalled-database.integration.test.ts for the real ones). */
const prismaRaw = (code: string, message: string) =>
  Object.assign(new Error(message), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: code, code, message } } } });

describe("isDatabaseUnavailable", () => {
  it("recognises timeouts, refused connections and a server going away", () => {
    for (const error of [
      new Error("Query read timeout"),
      new Error("timeout exceeded when trying to connect"),
      new Error("Connection terminated due to connection timeout", { cause: new Error("Connection terminated unexpectedly") }),
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      prismaRaw("57014", "canceling statement due to statement timeout"),
      prismaRaw("57P01", "terminating connection due to administrator command"),
      Object.assign(new Error("Timed out fetching a new connection from the connection pool"), { code: "P2024" }),
      new DatabaseUnavailableError(),
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
  });

  it("leaves programming and data errors alone", () => {
    for (const error of [
      new TypeError("Cannot read properties of undefined"),
      prismaRaw("22P02", 'invalid input syntax for type integer: "x"'),
      Object.assign(new Error("Unique constraint failed on the fields: (`email`)"), { code: "P2002" }),
      Object.assign(new Error("Transaction not found"), { code: "P2028" }),
      "Query read timeout",
      null,
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(false);
    }
  });
});

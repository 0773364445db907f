import { describe, expect, it } from "vitest";
import { parseOptions } from "./options";

describe("parseOptions", () => {
  it("defaults to a full run at 10,000 partners, 10 s, 10 connections", () => {
    expect(parseOptions([])).toEqual({ dbOnly: false, profileMix: false, build: true, reuseDb: false, drop: false, partners: 10_000, duration: 10, connections: 10, port: 3300, processes: 1, floor: process.env.BENCH_FLOOR_APP || undefined, only: null });
  });

  it("reads the flags", () => {
    const o = parseOptions(["--no-build", "--reuse-db", "--drop", "--partners=500", "--duration=3", "--port=3400"]);
    expect(o).toMatchObject({ build: false, reuseDb: true, drop: true, partners: 500, duration: 3, port: 3400 });
  });

  it("--floor names the floor app's directory", () => {
    expect(parseOptions(["--floor=/srv/floor-app"])).toMatchObject({ floor: "/srv/floor-app" });
  });

  it("--processes runs the directory's server with that many workers", () => {
    expect(parseOptions(["--processes=2"])).toMatchObject({ processes: 2 });
    expect(() => parseOptions(["--processes=0"])).toThrow(/positive integer/);
  });

  it("--db-only only builds the database", () => {
    expect(parseOptions(["--db-only"])).toMatchObject({ dbOnly: true });
  });

  it("--profile-mix times the mix's SQL on the database as it is (never rebuilt for it)", () => {
    expect(parseOptions(["--profile-mix"])).toMatchObject({ profileMix: true, reuseDb: true });
  });

  it("--only measures those targets and the floor, in the run's order", () => {
    expect(parseOptions(["--only=mixOfficer,listFilters"])).toMatchObject({ only: ["floor", "listFilters", "mixOfficer"] });
    expect(() => parseOptions(["--only=mixofficer"])).toThrow(/target keys among/);
    expect(() => parseOptions(["--only="])).toThrow(/target keys among/);
  });

  it("rejects unknown flags and bad numbers instead of running a different benchmark", () => {
    expect(() => parseOptions(["--parners=5"])).toThrow(/unknown option/);
    expect(() => parseOptions(["--partners=ten"])).toThrow(/positive integer/);
    expect(() => parseOptions(["--duration=0"])).toThrow(/positive integer/);
  });
});

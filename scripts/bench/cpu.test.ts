import { describe, expect, it } from "vitest";
import { parseProcStat } from "./cpu";

describe("parseProcStat", () => {
  it("reads the command name and utime + stime in seconds, even with spaces and parentheses in the name", () => {
    const rest = "S 1 2 3 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 100 0 0";
    expect(parseProcStat(`42 (postgres) ${rest}`)).toEqual({ comm: "postgres", cpuSeconds: 3 });
    expect(parseProcStat(`43 (next-server (v16)) ${rest}`)).toEqual({ comm: "next-server (v16)", cpuSeconds: 3 });
  });

  it("refuses a line it cannot read", () => {
    expect(parseProcStat("garbage")).toBeNull();
    expect(parseProcStat("1 (x) S 1")).toBeNull();
  });
});

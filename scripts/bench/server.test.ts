import { describe, expect, it } from "vitest";
import { isBuildCommand } from "./server";

describe("isBuildCommand", () => {
  it("recognises a running next build", () => {
    expect(isBuildCommand("next-build (v16.4.6)")).toBe(true);
    expect(isBuildCommand("node /work/wt/x/node_modules/.bin/next build")).toBe(true);
    expect(isBuildCommand("/usr/bin/node node_modules/next/dist/bin/next build")).toBe(true);
  });

  it("ignores shells and lock waiters whose command line only mentions it", () => {
    expect(isBuildCommand("flock /work/heavy.lock -c cd /work/wt/x && npx next build > /tmp/b.log")).toBe(false);
    expect(isBuildCommand("/bin/bash -c npx next build && npx playwright test")).toBe(false);
    expect(isBuildCommand("sh -c next build")).toBe(false);
    expect(isBuildCommand("next-server (v16.4.6)")).toBe(false);
  });
});

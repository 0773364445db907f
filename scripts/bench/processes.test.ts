import { describe, expect, it } from "vitest";
import { type ProcessRow, treeOf } from "./processes";

const row = (pid: number, ppid: number, pgid: number, stat = "S"): ProcessRow => ({ pid, ppid, pgid, stat });

describe("treeOf", () => {
  it("takes the root's group, its descendants and the groups they lead, not other processes", () => {
    const table = [
      row(1, 0, 1),
      row(100, 1, 100), // root (npx, session leader)
      row(101, 100, 100), // sh
      row(102, 101, 100), // node next start
      row(103, 102, 103), // next-server in a group of its own
      row(104, 103, 103), // its worker
      row(200, 1, 200), // someone else's server
      row(201, 200, 200),
    ];
    expect(treeOf([100], table).sort()).toEqual([100, 101, 102, 103, 104]);
  });

  it("finds the members of the root's group whose parent already died (re-parented to 1)", () => {
    const table = [row(1, 0, 1), row(300, 1, 300, "Z"), row(301, 1, 300), row(302, 301, 300)];
    expect(treeOf([300], table).sort()).toEqual([301, 302]);
  });

  it("leaves out zombies (nothing to kill) and nothing when the root is gone", () => {
    expect(treeOf([100], [row(100, 1, 100, "Z")])).toEqual([]);
    expect(treeOf([100], [row(1, 0, 1), row(5, 1, 5)])).toEqual([]);
  });
});

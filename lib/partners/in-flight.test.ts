import { describe, expect, it } from "vitest";
import { shareInFlight } from "./in-flight";

/** A read whose promises the test settles by hand, counting the calls. */
function controlledRead() {
  const calls: Array<{ arg: string; resolve: (v: string) => void; reject: (e: Error) => void }> = [];
  const read = (arg: string) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ arg, resolve, reject });
    });
  return { read, calls };
}

describe("shareInFlight", () => {
  it("gives concurrent callers of one key the same read", async () => {
    const { read, calls } = controlledRead();
    const shared = shareInFlight(read, (a) => a);
    const all = Promise.all([shared("x"), shared("x"), shared("x")]);
    expect(calls).toHaveLength(1);
    calls[0].resolve("rows");
    expect(await all).toEqual(["rows", "rows", "rows"]);
  });

  it("reads each key on its own", async () => {
    const { read, calls } = controlledRead();
    const shared = shareInFlight(read, (a) => a);
    const a = shared("a");
    const b = shared("b");
    expect(calls.map((c) => c.arg)).toEqual(["a", "b"]);
    calls[0].resolve("A");
    calls[1].resolve("B");
    expect([await a, await b]).toEqual(["A", "B"]);
  });

  it("keeps nothing once settled: the next caller reads again", async () => {
    const { read, calls } = controlledRead();
    const shared = shareInFlight(read, (a) => a);
    const first = shared("x");
    calls[0].resolve("old");
    await first;
    expect(shared.size).toBe(0);
    const second = shared("x");
    expect(calls).toHaveLength(2);
    calls[1].resolve("new");
    expect(await second).toBe("new");
  });

  it("hands an error to the callers waiting for it, and does not cache it", async () => {
    const { read, calls } = controlledRead();
    const shared = shareInFlight(read, (a) => a);
    const waiting = [shared("x"), shared("x")];
    calls[0].reject(new Error("statement timeout"));
    for (const p of waiting) await expect(p).rejects.toThrow("statement timeout");
    expect(shared.size).toBe(0);
    const retry = shared("x");
    expect(calls).toHaveLength(2);
    calls[1].resolve("rows");
    expect(await retry).toBe("rows");
  });

  it("turns a read that throws synchronously into a rejection, sharing nothing", async () => {
    let n = 0;
    const shared = shareInFlight((): Promise<string> => {
      n++;
      throw new Error("bad");
    }, () => "k");
    await expect(shared()).rejects.toThrow("bad");
    await expect(shared()).rejects.toThrow("bad");
    expect(n).toBe(2);
    expect(shared.size).toBe(0);
  });

  it("past its bound, reads without sharing instead of growing", async () => {
    const { read, calls } = controlledRead();
    const shared = shareInFlight(read, (a) => a, 2);
    void shared("a");
    void shared("b");
    const c1 = shared("c");
    const c2 = shared("c");
    expect(calls.map((c) => c.arg)).toEqual(["a", "b", "c", "c"]);
    expect(shared.size).toBe(2);
    for (const c of calls) c.resolve(c.arg);
    expect([await c1, await c2]).toEqual(["c", "c"]);
    await Promise.resolve();
    expect(shared.size).toBe(0);
  });
});

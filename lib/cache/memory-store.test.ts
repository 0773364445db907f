import { describe, expect, it } from "vitest";
import { MemoryStore, tagsOf } from "./memory-store.mjs";

const data = (body: string) => ({ kind: "FETCH", data: { headers: {}, body, status: 200, url: "" }, revalidate: 60 });

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("MemoryStore", () => {
  it("serves an entry until one of its tags, or a tag it is asked with, is invalidated", () => {
    const time = clock();
    const store = new MemoryStore({ maxBytes: 1_000_000, now: time.now });
    store.set("list", data("[1]"), ["partners"]);
    store.set("other", data("[2]"), ["donors"]);
    time.advance(5);
    expect(store.get("list")?.value).toEqual(data("[1]"));

    store.expireTags(["partners"]);
    expect(store.get("list")).toBeNull();
    expect(store.get("other")?.value).toEqual(data("[2]"));

    // revalidatePath: an implicit tag only known when the entry is asked for.
    time.advance(5_000);
    store.set("page-data", data("[3]"), []);
    time.advance(5);
    store.expireTags(["_N_T_/partners"]);
    expect(store.get("page-data", ["_N_T_/partners"])).toBeNull();
  });

  it("keeps no value computed while its tag was being invalidated (it may predate the write)", () => {
    const time = clock();
    const store = new MemoryStore({ maxBytes: 1_000_000, settleMs: 3_000, now: time.now });
    store.expireTags(["partners"]);
    time.advance(1_000);
    store.set("list", data("[old?]"), ["partners"]);
    expect(store.get("list")).toBeNull();
    time.advance(2_500);
    store.set("list", data("[new]"), ["partners"]);
    time.advance(1);
    expect(store.get("list")?.value).toEqual(data("[new]"));
  });

  it("stays within its size, dropping the least recently used first", () => {
    const body = "x".repeat(1_000);
    const store = new MemoryStore({ maxBytes: 3_500 });
    store.set("a", data(body));
    store.set("b", data(body));
    store.set("c", data(body));
    expect(store.get("a")).not.toBeNull(); // a is now the most recently used
    store.set("d", data(body));
    expect(store.bytes).toBeLessThanOrEqual(3_500);
    expect(store.get("b")).toBeNull();
    expect(store.get("a")).not.toBeNull();
    expect(store.get("d")).not.toBeNull();
    // Larger than the whole store: not kept at all.
    store.set("huge", data("y".repeat(10_000)));
    expect(store.get("huge")).toBeNull();
  });

  it("keeps nothing when its size is 0, and forgets everything on clear()", () => {
    const none = new MemoryStore({ maxBytes: 0 });
    none.set("a", data("1"));
    expect(none.get("a")).toBeNull();
    const store = new MemoryStore({ maxBytes: 10_000 });
    store.set("a", data("1"), ["partners"]);
    store.clear();
    expect(store.get("a")).toBeNull();
    expect(store.bytes).toBe(0);
  });

  it("reads a cached page's tags from its headers", () => {
    expect(tagsOf({ kind: "APP_PAGE", headers: { "x-next-cache-tags": "_N_T_/layout,partners" } }, undefined)).toEqual(["_N_T_/layout", "partners"]);
    expect(tagsOf(data("1"), ["partners"])).toEqual(["partners"]);
  });
});

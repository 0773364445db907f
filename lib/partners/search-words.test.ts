import { describe, expect, it } from "vitest";
import { oneAtATime } from "./search-words";

/** A refresh that runs only when the test lets it finish. */
function controlledRefresh() {
  const runs: Array<{ finish: () => void; fail: (e: Error) => void }> = [];
  const refresh = () =>
    new Promise<void>((finish, fail) => {
      runs.push({ finish, fail });
    });
  return { refresh, runs };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("oneAtATime", () => {
  it("runs once for calls made before the run starts", async () => {
    const { refresh, runs } = controlledRefresh();
    const queue = oneAtATime(refresh);
    const a = queue();
    const b = queue();
    expect(b).toBe(a);
    await tick();
    expect(runs).toHaveLength(1);
    runs[0].finish();
    await a;
    expect(runs).toHaveLength(1);
  });

  it("runs once more, after the run under way, for every call made meanwhile", async () => {
    const { refresh, runs } = controlledRefresh();
    const queue = oneAtATime(refresh);
    const first = queue();
    await tick();
    expect(runs).toHaveLength(1);
    const second = queue();
    const third = queue();
    expect(third).toBe(second);
    expect(second).not.toBe(first);
    await tick();
    // The second run waits for the first: never two at once.
    expect(runs).toHaveLength(1);
    runs[0].finish();
    await first;
    await tick();
    expect(runs).toHaveLength(2);
    runs[1].finish();
    await second;
    expect(runs).toHaveLength(2);
  });

  it("goes on after a failed run", async () => {
    const { refresh, runs } = controlledRefresh();
    const queue = oneAtATime(refresh);
    const first = queue();
    await tick();
    const second = queue();
    runs[0].fail(new Error("database went away"));
    await expect(first).rejects.toThrow("database went away");
    await tick();
    expect(runs).toHaveLength(2);
    runs[1].finish();
    await expect(second).resolves.toBeUndefined();
  });
});

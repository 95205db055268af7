import { describe, expect, it } from "vitest";
import { BoundedLru } from "./bounded-lru";

const lru = (maxEntries: number, maxBytes: number) =>
  new BoundedLru<string>({ maxEntries, maxBytes, sizeOf: (_key, value) => value.length });

describe("BoundedLru", () => {
  it("evicts the least recently used entry past its entry limit", () => {
    const cache = lru(2, 1000);
    cache.set("a", "1");
    cache.set("b", "2");
    expect(cache.get("a")).toBe("1"); // a is now newer than b
    cache.set("c", "3");
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual(["1", undefined, "3"]);
    expect(cache.size).toBe(2);
  });

  it("evicts oldest entries until the estimated bytes fit the budget", () => {
    const cache = lru(100, 10);
    cache.set("a", "xxxx");
    cache.set("b", "xxxx");
    cache.set("c", "xxxx");
    expect(cache.get("a")).toBeUndefined();
    expect(cache.bytes).toBe(8);
  });

  it("does not keep a value larger than the whole budget, and replacing a key recounts its bytes", () => {
    const cache = lru(100, 10);
    cache.set("big", "x".repeat(11));
    expect(cache.get("big")).toBeUndefined();
    cache.set("a", "xxxx");
    cache.set("a", "xx");
    expect(cache.bytes).toBe(2);
    expect(cache.size).toBe(1);
  });
});

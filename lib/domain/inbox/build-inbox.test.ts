import { describe, expect, it } from "vitest";
import type { ReadinessChangeEntry } from "../trends/history-types";
import { buildInbox } from "./build-inbox";

const at = (day: number) => new Date(Date.UTC(2026, 10, day));
const row = (id: string, laneId: string, day: number, verdict: "READY" | "HOLD" | "STOP", cause: string) =>
  ({
    id,
    laneId,
    at: at(day),
    verdict,
    streak: 0,
    reasonCodes: [],
    flagCodes: [],
    cause,
  }) satisfies ReadinessChangeEntry;

const history = [
  row("a1", "A", 1, "HOLD", "Lane A created"),
  row("a2", "A", 5, "READY", "Release 2 window ended"),
  row("a3", "A", 9, "STOP", "Stop condition breached"),
  row("b1", "B", 2, "HOLD", "Lane B created"),
  row("b2", "B", 8, "READY", "Drill recorded"),
  row("c1", "C", 7, "STOP", "not followed"),
];
const follows = [
  { laneId: "A", slug: "a", name: "Lane A", followedAt: at(3) },
  { laneId: "B", slug: "b", name: "Lane B", followedAt: at(1) },
];

describe("buildInbox", () => {
  it("lists the followed lanes' changes newest first, with what changed and its cause", () => {
    const { items } = buildInbox({ follows, history, seenAt: null, limit: 50 });
    expect(items.map((i) => [i.id, i.lane.slug, i.headline, i.cause])).toEqual([
      ["a3", "a", "READY → STOP", "Stop condition breached"],
      ["b2", "b", "HOLD → READY", "Drill recorded"],
      ["a2", "a", "HOLD → READY", "Release 2 window ended"],
      ["b1", "b", "First evaluation: HOLD", "Lane B created"],
      ["a1", "a", "First evaluation: HOLD", "Lane A created"],
    ]);
  });

  it.each([
    ["never seen: everything since following is new", null, ["a3", "b2", "a2", "b1"]],
    ["seen on day 6: only later changes", at(6), ["a3", "b2"]],
    ["seen after everything: nothing", at(10), []],
  ] as const)("%s", (_, seenAt, unseen) => {
    const inbox = buildInbox({ follows, history, seenAt, limit: 50 });
    expect(inbox.items.filter((i) => i.unseen).map((i) => i.id)).toEqual(unseen);
    expect(inbox.unseen).toBe(unseen.length);
  });

  it("counts unseen changes beyond the page limit", () => {
    const inbox = buildInbox({ follows, history, seenAt: null, limit: 2 });
    expect(inbox.items.map((i) => i.id)).toEqual(["a3", "b2"]);
    expect(inbox.unseen).toBe(4);
  });

  it("is empty without follows", () => {
    expect(buildInbox({ follows: [], history, seenAt: null, limit: 50 })).toEqual({ items: [], unseen: 0 });
  });
});

import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "./audit-actions";
import { describeAuditEvent, type AuditEventFacts } from "./describe-audit-event";

const lane = { name: "Nightly revenue rollup" };
const people = new Map([["u1", "Ana Costa"]]);
const event = (over: Partial<AuditEventFacts>): AuditEventFacts => ({
  action: "lane.create",
  actorLabel: "Priya Raman",
  entityType: "Lane",
  before: null,
  after: null,
  lane,
  people,
  ...over,
});

describe("AUDIT_ACTIONS", () => {
  it("names every action <noun>.<verb>, one scheme", () => {
    for (const action of Object.keys(AUDIT_ACTIONS)) expect(action).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/);
  });
});

describe("describeAuditEvent", () => {
  it.each<[string, Partial<AuditEventFacts>, string]>([
    ["lane created", {}, "Priya Raman created the lane (Nightly revenue rollup)."],
    [
      "stage moved, from and to",
      { action: "stage.change", before: { stage: "SHADOW" }, after: { stage: "CANARY" } },
      "Priya Raman moved the lane's stage — from SHADOW to CANARY (Nightly revenue rollup).",
    ],
    [
      "owner assigned names the person, not the id",
      { action: "owner.assign", after: { userId: "u1", role: "PLANNER" } },
      "Priya Raman assigned an owner — Ana Costa as planner owner on Nightly revenue rollup.",
    ],
    [
      "an id nobody knows is not printed",
      { action: "owner.assign", after: { userId: "gone", role: "EXECUTOR" } },
      "Priya Raman assigned an owner — a former person as executor owner on Nightly revenue rollup.",
    ],
    [
      "release deployed",
      { action: "release.deploy", after: { versionLabel: "2026.11.2" } },
      "Priya Raman deployed a release — 2026.11.2 on Nightly revenue rollup.",
    ],
    [
      "incident",
      { action: "incident.record", after: { severity: "P1", ref: "INC-2211" } },
      "Priya Raman recorded an incident — P1 INC-2211 on Nightly revenue rollup.",
    ],
    [
      "measurement",
      { action: "measurement.record", after: { kpiKey: "p95_latency_ms", value: 2810 } },
      "Priya Raman recorded a measurement — p95_latency_ms = 2810 on Nightly revenue rollup.",
    ],
    [
      "global event without a lane",
      { action: "webhook.create", lane: null, after: { url: "https://hooks.example/x" } },
      "Priya Raman added a webhook — https://hooks.example/x.",
    ],
    [
      "an unknown stored action still reads",
      { action: "legacy.thing", entityType: "Thing", lane: null },
      "Priya Raman did legacy.thing on Thing.",
    ],
  ])("%s", (_, over, sentence) => {
    expect(describeAuditEvent(event(over))).toBe(sentence);
  });
});

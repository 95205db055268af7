import { describe, expect, it } from "vitest";
import { keysAfterWrite } from "./keys-after-write";

const always = [["lanes"], ["decisions"], ["audit"]];

describe("keysAfterWrite", () => {
  it.each([
    ["/api/v1/lanes/orders/releases/r1/deploy", always],
    ["/api/v1/lanes", always],
    ["/api/v1/lanes/orders/decisions", always],
    ["/api/v1/tokens", [...always, ["tokens"]]],
    ["/api/v1/tokens/tok_1", [...always, ["tokens"]]],
    ["/api/v1/webhooks/wh_1", [...always, ["webhooks"]]],
    ["/api/v1/people/u1", [...always, ["people"]]],
    ["/api/v1/invitations", [...always, ["people"]]],
    ["/api/v1/invitations/accept", [...always, ["people"]]],
    ["/api/v1/lanes/orders/follow", [...always, ["inbox"]]],
    ["/api/v1/inbox/seen", [...always, ["inbox"]]],
    ["/api/v1/teams", [...always, ["teams"]]],
  ])("%s", (path, keys) => {
    expect(keysAfterWrite(path)).toEqual(keys);
  });
});

import { describe, expect, it } from "vitest";
import { isPublicPage } from "./is-public-path";

describe("isPublicPage", () => {
  it.each([
    ["/sign-in", true],
    ["/sign-in/", true],
    ["/invitations/abc123", true],
    ["/invitations/abc123/", true],
    ["/", false],
    ["/sign-in/extra", false],
    ["/invitations", false],
    ["/invitations/a/b", false],
    ["/lanes/sign-in", false],
    ["/people", false],
  ])("%s -> %s", (path, expected) => {
    expect(isPublicPage(path)).toBe(expected);
  });
});

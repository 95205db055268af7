import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/tests/test-db";
import { createReleaseLane, stableRelease } from "@/tests/factories/lanes";
import type { Actor } from "@/lib/server/auth/actor";
import { setLaneFollow } from "@/lib/server/follows/set-lane-follow";
import { countUnseen } from "@/lib/server/inbox/count-unseen";
import { getInbox } from "@/lib/server/inbox/get-inbox";
import { markInboxSeen } from "@/lib/server/inbox/mark-inbox-seen";

const { db } = createTestDb();
afterAll(async () => {
  await db.$disconnect();
});

describe("following a lane and the inbox", () => {
  it("follows idempotently, lists later changes with their cause as unseen, and marks them seen", async () => {
    const { slug } = await createReleaseLane(db, { at: new Date() });
    const user = await db.user.create({
      data: { name: "Grace Inbox", email: `grace.${slug}@example.test`, role: "STAKEHOLDER" },
    });
    const grace: Actor = { type: "USER", userId: user.id, name: user.name, role: "STAKEHOLDER" };
    const audit = () => db.auditEvent.count({ where: { actorId: user.id, action: "lane.follow" } });

    expect(await setLaneFollow({ db, actor: grace, slug, follow: true })).toEqual({ lane: slug, following: true });
    expect(await setLaneFollow({ db, actor: grace, slug, follow: true })).toEqual({ lane: slug, following: true });
    expect(await audit()).toBe(1);
    expect(await countUnseen({ db, userId: user.id })).toBe(0);

    // A change of the lane after the follow: release r1 closes stable, so the streak goes 0 → 1. The
    // factory writes r1's steps over the days before now, so the follow is dated before them.
    await db.laneFollow.updateMany({
      where: { userId: user.id },
      data: { createdAt: new Date(Date.now() - 4 * 86_400_000) },
    });
    await stableRelease(db, { slug, label: "r1", at: new Date(Date.now() - 3 * 86_400_000) });
    const inbox = await getInbox({ db, userId: user.id });
    expect(inbox.following).toEqual([{ slug, name: `Lane ${slug}` }]);
    expect(inbox.items[0]).toMatchObject({ lane: { slug }, unseen: true });
    expect(inbox.items[0]?.cause).toMatch(/\br1\b/);
    expect(inbox.unseen).toBe(await countUnseen({ db, userId: user.id }));
    expect(inbox.unseen).toBeGreaterThan(0);

    await markInboxSeen({ db, actor: grace, until: inbox.items[0]!.at });
    expect(await countUnseen({ db, userId: user.id })).toBe(0);
    expect((await getInbox({ db, userId: user.id })).items.every((i) => !i.unseen)).toBe(true);

    expect(await setLaneFollow({ db, actor: grace, slug, follow: false })).toEqual({ lane: slug, following: false });
    expect(await getInbox({ db, userId: user.id })).toMatchObject({ following: [], items: [], unseen: 0 });
  });

  it("refuses a CI token: following is a person's", async () => {
    const { slug } = await createReleaseLane(db, { at: new Date() });
    const token: Actor = { type: "TOKEN", tokenId: "t", name: "ci", laneId: null, createdById: "x" };
    await expect(setLaneFollow({ db, actor: token, slug, follow: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

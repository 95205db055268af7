import type { Metadata } from "next";
import { getDb } from "@/lib/server/db";
import { requireViewer } from "@/lib/server/auth/get-viewer";
import { listPeople } from "@/lib/server/people/list-people";
import { PeopleManager } from "@/components/people/people-manager";

export const metadata: Metadata = { title: "People" };
export const dynamic = "force-dynamic";

export default async function PeoplePage() {
  const viewer = await requireViewer("people.manage");
  const { people, invitations } = await listPeople({ db: getDb() });
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-xl font-semibold">People</h1>
      <PeopleManager
        viewerId={viewer.userId}
        people={people.map((p) => ({ ...p, deactivatedAt: p.deactivatedAt?.toISOString() ?? null }))}
        invitations={invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() }))}
      />
    </div>
  );
}

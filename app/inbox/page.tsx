import type { Metadata } from "next";
import { getDb } from "@/lib/server/db";
import { getInbox } from "@/lib/server/inbox/get-inbox";
import { requireViewer } from "@/lib/server/auth/get-viewer";
import { InboxList } from "@/components/inbox/inbox-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const viewer = await requireViewer("follow");
  const inbox = await getInbox({ db: getDb(), userId: viewer.userId });
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Inbox</h1>
      <p className="text-sm text-slate-600">
        What changed on the lanes you follow, newest first, with the event that caused it. Follow a lane from its page.
      </p>
      <InboxList inbox={inbox} />
    </div>
  );
}

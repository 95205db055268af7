import type { Metadata } from "next";
import { requireViewer } from "@/lib/server/auth/get-viewer";
import { TokensPanel } from "@/components/tokens/tokens-panel";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "API tokens" };
export const dynamic = "force-dynamic";

/** All-lane CI tokens (platform leads). Lane tokens live on each lane's page. */
export default async function TokensPage() {
  // token.manage without a lane: platform leads only (lane owners manage tokens on their lane's page).
  await requireViewer("token.manage");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-xl font-semibold">API tokens for all lanes</h1>
      <p className="text-sm text-slate-600">
        A CI pipeline pushes releases, benchmark runs and plans with a bearer token. Prefer a lane token (on the
        lane&apos;s page); an all-lane token can write to every lane.
      </p>
      <Card title="All-lane tokens">
        <TokensPanel laneSlug={null} />
      </Card>
    </div>
  );
}

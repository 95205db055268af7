import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/**
 * What a pipeline needs to push this lane's evidence: the lane's token card (or who can make one)
 * and the CLI lines, so "To fix" links that need a pipeline lead somewhere that says how.
 */
export function PipelineCard({
  laneSlug,
  tokens,
  refusal,
}: {
  laneSlug: string;
  /** The token panel, when the viewer may manage this lane's tokens. */
  tokens: ReactNode | null;
  /** Otherwise the sentence naming who can. */
  refusal: string | null;
}) {
  return (
    <Card id="pipeline" title="Push from CI">
      <div className="space-y-3 text-sm">
        <p className="text-slate-600">
          A pipeline pushes plans, benchmark runs and incidents with a token scoped to this lane. With the token in
          <code className="mx-1">LANEGATE_TOKEN</code>and the server in <code>LANEGATE_URL</code>:
        </p>
        <pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-900 p-2 font-mono text-xs text-slate-100">
          {`npx lanegate plans push --lane ${laneSlug} --release LABEL plans/*.txt
npx lanegate bench push --lane ${laneSlug} --role candidate --release LABEL result.json
npx lanegate gate --lane ${laneSlug}`}
        </pre>
        <p className="text-xs text-slate-500">
          Each plan file is one query, named after the file (q17.txt → q17). Without a pipeline, paste or upload the
          same EXPLAIN output on a release&apos;s page.
        </p>
        {tokens ? (
          <div id="tokens" className="border-t border-slate-100 pt-3">
            <h3 className="mb-2 text-sm font-semibold text-slate-800">This lane&apos;s tokens</h3>
            {tokens}
          </div>
        ) : refusal ? (
          <p className="text-sm text-slate-600" data-refusal>
            Tokens: {refusal}
          </p>
        ) : null}
      </div>
    </Card>
  );
}

"use client";

import { ZInboxSeen } from "@/lib/schemas/inbox";
import { useApiWrite } from "@/lib/client/use-api-write";

/** Marks the inbox seen up to the newest change the page showed (a change arriving meanwhile stays new). */
export function MarkSeenButton({ until }: { until: string }) {
  const seen = useApiWrite({ response: ZInboxSeen });
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={seen.isPending}
        onClick={() => seen.write("/api/v1/inbox/seen", { until })}
        className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60"
      >
        Mark all seen
      </button>
      {seen.error ? (
        <span role="alert" className="text-xs text-red-700">
          {seen.error.message}
        </span>
      ) : null}
    </span>
  );
}

import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getViewer, viewerCan } from "@/lib/server/auth/get-viewer";
import { isPublicPage } from "@/lib/domain/auth/is-public-path";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { rethrowUnlessDatabaseUnavailable } from "@/lib/server/api/is-database-unavailable";
import { ROLE_LABELS } from "@/lib/domain/format/role-labels";
import { getDb } from "@/lib/server/db";
import { countUnseen } from "@/lib/server/inbox/count-unseen";
import { Providers } from "./providers";
import "./globals.css";

const NAV_LINKS = [
  ["/", "Readiness"],
  ["/teams", "Teams"],
  ["/compare", "Compare"],
  ["/decisions", "Decisions"],
  ["/audit", "Audit"],
  ["/api", "API"],
] as const;

export const metadata: Metadata = {
  title: { default: "Lanegate", template: "%s · Lanegate" },
  description: "Execution-lane governance for taking DataFusion from prototype to production.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The real access check for pages (proxy.ts only looks for a cookie): the session must exist,
  // be unexpired and belong to an active person.
  const pathname = (await headers()).get("x-pathname") ?? "/";
  // A database outage shows a friendly unavailable state instead of an error page with a stack.
  const unavailable = await getViewer().then(() => false, rethrowUnlessDatabaseUnavailable);
  const viewer = unavailable ? null : await getViewer();
  const unseen = viewer ? await countUnseen({ db: getDb(), userId: viewer.userId }) : 0;
  if (!viewer && !unavailable && !isPublicPage(pathname))
    redirect(`/sign-in${pathname === "/" ? "" : `?next=${encodeURIComponent(pathname)}`}`);
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <Providers>
          <header className="border-b border-slate-200 bg-white">
            <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
              <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
                <span aria-hidden className="inline-block h-5 w-5 rounded bg-indigo-600" />
                Lanegate
              </Link>
              {viewer ? (
                <>
                  {NAV_LINKS.map(([href, label]) => (
                    <Link key={href} href={href} className="text-sm text-slate-600 hover:text-slate-900">
                      {label}
                    </Link>
                  ))}

                  <Link
                    href="/inbox"
                    className="text-sm text-slate-600 hover:text-slate-900"
                    aria-label={unseen > 0 ? `Inbox, ${unseen} unseen` : "Inbox"}
                  >
                    Inbox
                    {unseen > 0 ? (
                      <span
                        data-testid="inbox-unseen"
                        className="ml-1 rounded-full bg-indigo-600 px-1.5 py-0.5 text-xs font-semibold text-white"
                      >
                        {unseen}
                      </span>
                    ) : null}
                  </Link>
                  {/* The pages behind these links answer 403 to other roles (requireViewer). */}
                  {viewerCan(viewer, "webhook.manage") ? (
                    <Link href="/webhooks" className="text-sm text-slate-600 hover:text-slate-900">
                      Webhooks
                    </Link>
                  ) : null}
                  {viewer.role === "PLATFORM_LEAD" ? (
                    <>
                      <Link href="/people" className="text-sm text-slate-600 hover:text-slate-900">
                        People
                      </Link>
                      <Link href="/tokens" className="text-sm text-slate-600 hover:text-slate-900">
                        API tokens
                      </Link>
                    </>
                  ) : null}
                  <div className="ml-auto flex items-center gap-3 text-sm">
                    <span className="text-slate-700" data-testid="viewer">
                      {viewer.name} <span className="text-slate-500">· {ROLE_LABELS[viewer.role]}</span>
                    </span>
                    <SignOutButton />
                  </div>
                </>
              ) : null}
            </nav>
          </header>
          <main className="mx-auto max-w-7xl px-4 py-6">{unavailable ? <DatabaseUnavailable /> : children}</main>
        </Providers>
      </body>
    </html>
  );
}

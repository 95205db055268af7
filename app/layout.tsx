import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getViewer, viewerCan, type Viewer } from "@/lib/server/auth/get-viewer";
import { isPublicPage } from "@/lib/domain/auth/is-public-path";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { rethrowUnlessDatabaseUnavailable } from "@/lib/server/api/is-database-unavailable";
import { ROLE_LABELS } from "@/lib/domain/format/role-labels";
import { NavMenu } from "@/components/ui/nav-menu";
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

/** The main links this viewer may open: the pages behind the others answer 403 (requireViewer). */
function navLinks(viewer: Viewer): (readonly [string, string])[] {
  return [
    ...NAV_LINKS,
    ...(viewerCan(viewer, "webhook.manage") ? ([["/webhooks", "Webhooks"]] as const) : []),
    ...(viewer.role === "PLATFORM_LEAD"
      ? ([
          ["/people", "People"],
          ["/tokens", "API tokens"],
        ] as const)
      : []),
  ];
}

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
            <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-6">
              <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
                <span aria-hidden className="inline-block h-5 w-5 rounded bg-indigo-600" />
                Lanegate
              </Link>
              {viewer ? (
                <>
                  {/* Wide screens: the links in a row. Phones and tablets: one Menu button, so the bar stays one line. */}
                  <div className="hidden items-center gap-x-6 lg:flex">
                    {navLinks(viewer).map(([href, label]) => (
                      <Link key={href} href={href} className="text-sm text-slate-600 hover:text-slate-900">
                        {label}
                      </Link>
                    ))}
                  </div>
                  <NavMenu links={navLinks(viewer)} />
                  {/* The inbox stays in the bar at every width: its unseen count is the point. */}
                  <Link
                    href="/inbox"
                    className="shrink-0 text-sm text-slate-600 hover:text-slate-900"
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
                  <div className="ml-auto flex min-w-0 items-center gap-3 text-sm">
                    <span className="truncate text-slate-700" data-testid="viewer">
                      {viewer.name}{" "}
                      <span className="hidden text-slate-500 sm:inline">· {ROLE_LABELS[viewer.role]}</span>
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

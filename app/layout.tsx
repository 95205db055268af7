import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lanegate", template: "%s · Lanegate" },
  description: "Execution-lane governance for taking DataFusion from prototype to production.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <header className="border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
            <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
              <span aria-hidden className="inline-block h-5 w-5 rounded bg-indigo-600" />
              Lanegate
            </Link>
            <Link href="/" className="text-sm text-slate-600 hover:text-slate-900">
              Readiness
            </Link>
            <Link href="/decisions" className="text-sm text-slate-600 hover:text-slate-900">
              Decisions
            </Link>
            <Link href="/audit" className="text-sm text-slate-600 hover:text-slate-900">
              Audit
            </Link>
            <Link href="/api" className="text-sm text-slate-600 hover:text-slate-900">
              API
            </Link>
            <Link href="/webhooks" className="text-sm text-slate-600 hover:text-slate-900">
              Webhooks
            </Link>
          </nav>
        </header>
        <main className="mx-auto max-w-7xl px-4 py-6">
          <Providers>{children}</Providers>
        </main>
      </body>
    </html>
  );
}

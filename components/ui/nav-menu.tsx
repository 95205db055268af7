"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The main links as one Menu button below the wide-screen breakpoint. Keyed by the path, so the
 * menu folds again once a link has been followed (the layout, and this element, stay mounted).
 */
export function NavMenu({ links }: { links: readonly (readonly [string, string])[] }) {
  const pathname = usePathname();
  return (
    <details key={pathname} className="relative lg:hidden">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100">
        Menu
      </summary>
      <div className="absolute left-0 top-full z-30 mt-2 flex w-52 flex-col rounded-md border border-slate-200 bg-white py-1 shadow-lg">
        {links.map(([href, label]) => (
          <Link key={href} href={href} className="px-3 py-2 text-sm text-slate-700 hover:bg-slate-50">
            {label}
          </Link>
        ))}
      </div>
    </details>
  );
}

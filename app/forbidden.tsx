import Link from "next/link";

/** Shown with status 403 when a signed-in person opens a page their role may not see (requireViewer). */
export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Not available to your role</h1>
      <p className="mt-2 text-slate-600">
        Your role does not include this page: platform leads manage people, webhooks, all-lane API tokens and new lanes.
        Ask one if you need something changed here.
      </p>
      <Link href="/" className="mt-4 inline-block text-indigo-700 hover:underline">
        Back to readiness
      </Link>
    </div>
  );
}

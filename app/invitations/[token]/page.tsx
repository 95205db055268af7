import type { Metadata } from "next";
import { getDb } from "@/lib/server/db";
import { findInvitation } from "@/lib/server/people/accept-invitation";
import { AcceptInvitationForm } from "@/components/people/accept-invitation-form";
import { ROLE_LABELS } from "@/lib/domain/format/role-labels";

export const metadata: Metadata = { title: "Join Lanegate", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export default async function AcceptInvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = token.length <= 200 ? await findInvitation({ db: getDb(), token }) : null;
  if (!invitation) {
    return (
      <p className="mx-auto mt-12 max-w-sm rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-700">
        This invitation link is no longer valid. Ask a platform lead for a new one.
      </p>
    );
  }
  return (
    <div className="mx-auto mt-12 max-w-sm">
      <h1 className="mb-1 text-xl font-semibold">Join Lanegate</h1>
      <p className="mb-6 text-sm text-slate-600">
        {invitation.email} is invited as {ROLE_LABELS[invitation.role].toLowerCase()}. Choose your name and a password.
      </p>
      <AcceptInvitationForm token={token} />
    </div>
  );
}

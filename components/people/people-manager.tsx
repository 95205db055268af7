"use client";

import { useState } from "react";
import { ROLE_LABELS, type RoleKey } from "@/lib/domain/format/role-labels";
import { ZCreateInvitation, ZInvitationCreated, ZPersonRecord, ZUserRole } from "@/lib/schemas/people";
import { useApiForm } from "@/lib/client/use-api-form";
import { useApiWrite } from "@/lib/client/use-api-write";
import { InputField, SelectField } from "@/components/forms/fields";
import { ProblemAlert } from "@/components/forms/problem-alert";
import { SubmitButton } from "@/components/forms/submit-button";

type Person = {
  id: string;
  name: string;
  email: string;
  role: RoleKey;
  team: string | null;
  deactivatedAt: string | null;
  version: number;
};
type Invite = { id: string; email: string; role: RoleKey; expiresAt: string };
const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

/** Platform leads invite people (the accept link is shown once), change roles and deactivate. */
export function PeopleManager({
  people,
  invitations,
  viewerId,
}: {
  people: Person[];
  invitations: Invite[];
  viewerId: string;
}) {
  const [link, setLink] = useState<string | null>(null);
  const invite = useApiForm({
    schema: ZCreateInvitation,
    defaultValues: { email: "", role: "STAKEHOLDER" },
    path: "/api/v1/invitations",
    response: ZInvitationCreated,
    onSuccess: (created, body) => {
      setLink(`${window.location.origin}${created.acceptPath}`);
      invite.form.reset({ email: "", role: body.role });
    },
  });
  const update = useApiWrite<typeof ZPersonRecord, { role?: RoleKey; active?: boolean; version: number }>({
    method: "PATCH",
    response: ZPersonRecord,
  });
  // `version` is the person as shown: a change racing another one is refused (STALE_VERSION).
  const change = (id: string, body: { role?: RoleKey; active?: boolean; version: number }) =>
    update.write(`/api/v1/people/${encodeURIComponent(id)}`, body);

  return (
    <div className="space-y-6 text-sm">
      <form
        onSubmit={invite.submit}
        noValidate
        aria-label="Invite a person"
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 className="font-semibold text-slate-800">Invite a person</h2>
        <div className="flex flex-wrap items-start gap-2">
          <div className="min-w-0 flex-1 basis-56">
            <InputField
              label="Email"
              hideLabel
              type="email"
              placeholder="name@example.com"
              {...invite.field("email")}
            />
          </div>
          <SelectField label="Role" hideLabel options={ROLE_OPTIONS} {...invite.field("role")} />
          <div className="mt-1">
            <SubmitButton pending={invite.pending}>Create invitation</SubmitButton>
          </div>
        </div>
        <ProblemAlert {...invite.alert} />
        {link ? (
          <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3">
            <p className="font-medium text-amber-900">
              Send this link to the person; it is shown only once and works for 7 days.
            </p>
            <code data-testid="invitation-link" className="mt-1 block break-all text-xs">
              {link}
            </code>
          </div>
        ) : null}
      </form>

      <ProblemAlert error={update.error} />
      <table className="w-full rounded-lg border border-slate-200 bg-white">
        <thead className="bg-slate-50 text-left text-xs text-slate-500">
          <tr>
            <th className="px-2 py-2 sm:px-3">Person</th>
            <th className="px-2 py-2 sm:px-3">Role</th>
            <th className="px-2 py-2 sm:px-3">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {people.map((p) => (
            <tr key={p.id} data-testid="person-row">
              <td className="px-2 py-2 align-top sm:px-3">
                <div className="font-medium text-slate-800">{p.name}</div>
                <div className="text-xs text-slate-500">
                  <span className="break-all">{p.email}</span>
                  {p.team ? ` · ${p.team}` : ""}
                </div>
              </td>
              <td className="px-2 py-2 align-top sm:px-3">
                <select
                  aria-label={`Role of ${p.name}`}
                  value={p.role}
                  disabled={p.id === viewerId || update.isPending}
                  onChange={(e) => {
                    const role = ZUserRole.safeParse(e.target.value);
                    if (role.success) change(p.id, { role: role.data, version: p.version });
                  }}
                  className="rounded-md border border-slate-300 px-2 py-1"
                >
                  {ROLE_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="px-2 py-2 align-top sm:px-3">
                {p.deactivatedAt ? (
                  <span className="mr-2 text-xs text-slate-500">Deactivated</span>
                ) : (
                  <span className="mr-2 text-xs text-emerald-700">Active</span>
                )}
                {p.id === viewerId ? null : (
                  <button
                    type="button"
                    disabled={update.isPending}
                    onClick={() => change(p.id, { active: !!p.deactivatedAt, version: p.version })}
                    className="rounded-md border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 disabled:opacity-50"
                  >
                    {p.deactivatedAt ? "Reactivate" : "Deactivate"}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {invitations.length ? (
        <div>
          <h2 className="mb-2 font-semibold text-slate-800">Open invitations</h2>
          <ul className="space-y-1 text-slate-700">
            {invitations.map((i) => (
              <li key={i.id}>
                {i.email} · {ROLE_LABELS[i.role]} · expires {new Date(i.expiresAt).toISOString().slice(0, 10)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";
import { ROLE_LABELS } from "@/lib/domain/format/role-labels";
import type { UserRole } from "@/lib/generated/prisma/enums";

type Person = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  team: string | null;
  deactivatedAt: string | null;
  version: number;
};
type Invite = { id: string; email: string; role: UserRole; expiresAt: string };
const ROLES = Object.keys(ROLE_LABELS) as UserRole[];

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
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<UserRole>("STAKEHOLDER");
  const [link, setLink] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [rowError, setRowError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function invite(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const res = await apiFetch<{ acceptPath: string }>("/api/v1/invitations", {
        method: "POST",
        body: { email, role },
      });
      setLink(`${window.location.origin}${res.acceptPath}`);
      setEmail("");
      router.refresh();
    } catch (err) {
      setErrors(
        err instanceof ApiError
          ? { ...err.fieldErrors(), form: err.message }
          : { form: "The invitation could not be created." },
      );
    } finally {
      setBusy(false);
    }
  }

  async function update(id: string, body: { role?: UserRole; active?: boolean; version: number }) {
    setRowError(null);
    try {
      await apiFetch(`/api/v1/people/${encodeURIComponent(id)}`, { method: "PATCH", body });
      router.refresh();
    } catch (err) {
      setRowError(
        err instanceof ApiError ? `${err.message}${err.fix ? ` ${err.fix}` : ""}` : "The change was not saved.",
      );
    }
  }

  return (
    <div className="space-y-6 text-sm">
      <form onSubmit={invite} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="font-semibold text-slate-800">Invite a person</h2>
        <div className="flex flex-wrap items-start gap-2">
          <div className="min-w-64 flex-1">
            <label htmlFor="invite-email" className="sr-only">
              Email
            </label>
            <input
              id="invite-email"
              type="email"
              placeholder="name@example.com"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={!!errors.email}
              className="w-full rounded-md border border-slate-300 px-2 py-1.5"
            />
            {errors.email ? <p className="mt-1 text-xs text-red-700">{errors.email}</p> : null}
          </div>
          <label htmlFor="invite-role" className="sr-only">
            Role
          </label>
          <select
            id="invite-role"
            value={role}
            onChange={(e) => setRole(e.target.value as UserRole)}
            className="rounded-md border border-slate-300 px-2 py-1.5"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <button
            type="submit"
            disabled={busy}
            className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
          >
            Create invitation
          </button>
        </div>
        {errors.form && !errors.email ? <p className="text-xs text-red-700">{errors.form}</p> : null}
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

      {rowError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">
          {rowError}
        </p>
      ) : null}
      <table className="w-full rounded-lg border border-slate-200 bg-white">
        <thead className="bg-slate-50 text-left text-xs text-slate-500">
          <tr>
            <th className="px-3 py-2">Person</th>
            <th className="px-3 py-2">Role</th>
            <th className="px-3 py-2">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {people.map((p) => (
            <tr key={p.id} data-testid="person-row">
              <td className="px-3 py-2">
                <div className="font-medium text-slate-800">{p.name}</div>
                <div className="text-xs text-slate-500">
                  {p.email}
                  {p.team ? ` · ${p.team}` : ""}
                </div>
              </td>
              <td className="px-3 py-2">
                <select
                  aria-label={`Role of ${p.name}`}
                  value={p.role}
                  disabled={p.id === viewerId}
                  onChange={(e) => update(p.id, { role: e.target.value as UserRole, version: p.version })}
                  className="rounded-md border border-slate-300 px-2 py-1"
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
              </td>
              <td className="px-3 py-2">
                {p.deactivatedAt ? (
                  <span className="mr-2 text-xs text-slate-500">Deactivated</span>
                ) : (
                  <span className="mr-2 text-xs text-emerald-700">Active</span>
                )}
                {p.id === viewerId ? null : (
                  <button
                    type="button"
                    onClick={() => update(p.id, { active: !!p.deactivatedAt, version: p.version })}
                    className="rounded-md border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50"
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

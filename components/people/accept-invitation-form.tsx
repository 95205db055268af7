"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";

export function AcceptInvitationForm({ token }: { token: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setErrors({});
    try {
      await apiFetch("/api/v1/invitations/accept", {
        method: "POST",
        body: { token, name: form.get("name"), password: form.get("password") },
      });
      router.push("/sign-in");
    } catch (err) {
      setErrors(
        err instanceof ApiError
          ? { ...err.fieldErrors(), form: err.message }
          : { form: "Something went wrong. Try again." },
      );
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm">
      {errors.form && !errors.name && !errors.password ? (
        <p role="alert" className="text-red-700">
          {errors.form}
        </p>
      ) : null}
      <label className="block">
        <span className="mb-1 block font-medium text-slate-700">Your name</span>
        <input
          name="name"
          required
          autoComplete="name"
          aria-invalid={!!errors.name}
          className="w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {errors.name ? <span className="mt-1 block text-xs text-red-700">{errors.name}</span> : null}
      </label>
      <label className="block">
        <span className="mb-1 block font-medium text-slate-700">Password (at least 12 characters)</span>
        <input
          name="password"
          type="password"
          required
          autoComplete="new-password"
          aria-invalid={!!errors.password}
          className="w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {errors.password ? <span className="mt-1 block text-xs text-red-700">{errors.password}</span> : null}
      </label>
      <button
        type="submit"
        disabled={busy}
        className="w-full rounded-md bg-indigo-600 px-3 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
      >
        Create my account
      </button>
    </form>
  );
}

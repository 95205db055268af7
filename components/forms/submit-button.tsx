import type { ReactNode } from "react";

const TONES = {
  indigo: "bg-indigo-600 hover:bg-indigo-700",
  red: "bg-red-600 hover:bg-red-700",
  amber: "bg-amber-600 hover:bg-amber-700",
  emerald: "bg-emerald-600 hover:bg-emerald-700",
} as const;

/** The form's submit button: disabled and saying so while the write is on its way. */
export function SubmitButton({
  pending,
  children,
  tone = "indigo",
  wide = false,
  onClick,
}: {
  pending: boolean;
  children: ReactNode;
  tone?: keyof typeof TONES;
  /** Full width, for the narrow sign-in and invitation cards. */
  wide?: boolean;
  /** For a form with two submit actions (approve or reject): says which one was pressed. */
  onClick?: () => void;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      onClick={onClick}
      className={`rounded-md px-3 py-1.5 text-sm font-medium text-white shadow-sm disabled:opacity-60 ${TONES[tone]} ${wide ? "w-full py-2" : ""}`}
    >
      {pending ? "Saving…" : children}
    </button>
  );
}

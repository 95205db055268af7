export function SubmitButton({
  pending,
  children,
  tone = "indigo",
}: {
  pending: boolean;
  children: React.ReactNode;
  tone?: "indigo" | "red" | "amber";
}) {
  const colors = {
    indigo: "bg-indigo-600 hover:bg-indigo-700",
    red: "bg-red-600 hover:bg-red-700",
    amber: "bg-amber-600 hover:bg-amber-700",
  }[tone];
  return (
    <button
      type="submit"
      disabled={pending}
      className={`rounded-md px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60 ${colors}`}
    >
      {pending ? "Saving…" : children}
    </button>
  );
}

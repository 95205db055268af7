/** The follow button as it looks: pressed when following; disabled while its state is not known or a change is on its way. */
export function FollowToggle({
  following,
  pending,
  onToggle,
}: {
  following: boolean;
  pending: boolean;
  onToggle?: () => void;
}) {
  return (
    <button
      type="button"
      aria-pressed={following}
      disabled={pending}
      onClick={onToggle}
      title={following ? "Stop getting this lane's readiness changes in your inbox" : "Get its changes in your inbox"}
      className={`rounded-md px-2.5 py-1 text-xs font-medium ring-1 ring-inset disabled:opacity-60 ${
        following
          ? "bg-indigo-600 text-white ring-indigo-600 hover:bg-indigo-700"
          : "bg-white text-indigo-700 ring-indigo-300 hover:bg-indigo-50"
      }`}
    >
      {following ? "Following ✓" : "Follow"}
    </button>
  );
}

/** What a page shows while the database cannot be reached: no stack, no data, a way to retry. */
export function DatabaseUnavailable() {
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center" data-testid="database-unavailable">
      <h1 className="text-2xl font-semibold">Lanegate is temporarily unavailable</h1>
      <p className="mt-2 text-slate-600">
        It cannot reach its database right now, so nothing can be shown or changed. This usually passes within a minute
        (a restart or failover); reload the page to try again.
      </p>
    </div>
  );
}

// Preloaded into the web server by `npm run dashboard` (NODE_OPTIONS=--require). The dashboard stops
// the server before closing the database; if the dashboard itself is killed without that chance
// (kill -9, the OOM killer), the server would run on alone against a database that is gone and keep
// the port. It exits instead as soon as it is orphaned (its parent pid changes).
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(1);
}, 1000).unref();

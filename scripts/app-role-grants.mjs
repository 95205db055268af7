// What the app's own database role may do: read and write rows, nothing else. Run by the table
// owner (the role that applies migrations) after migrations, and again after any later migration
// (it is idempotent). README, "Least privilege in the database", shows these statements for the
// role name lanegate_app; a test keeps the two in step.

/** The statements that grant `role` (a SQL identifier, already quoted if it needs to be) row access. */
export function appRoleGrants(role) {
  return [
    `GRANT USAGE ON SCHEMA public TO ${role};`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};`,
    // Tables and sequences that later migrations create (run as this same owner) follow suit.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role};`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role};`,
    // The audit trail is append-only for the app: insert and read, never change or remove.
    `REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM ${role};`,
    // Migration history belongs to the owner alone.
    `REVOKE ALL ON "_prisma_migrations" FROM ${role};`,
  ];
}

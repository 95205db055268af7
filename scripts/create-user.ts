// `npm run user:create -- --email lead@example.com --name "Lead Name" --role PLATFORM_LEAD [--password ...]`
// Creates a person with a password; the documented way to create the first platform lead. Without
// --password (or LANEGATE_PASSWORD) the password is read from the terminal without echo.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { getEnv } from "@/lib/env";
import { ZCreateUser } from "@/lib/schemas/people";
import { createDb } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createUser } from "@/lib/server/people/create-user";

async function promptPassword(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void };
  let asked = false;
  out._writeToOutput = (s: string) => {
    if (!asked) {
      process.stdout.write(s);
      asked = true;
    }
  };
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "PLATFORM_LEAD" },
    password: { type: "string" },
  },
});
const password =
  values.password ??
  process.env.LANEGATE_PASSWORD ??
  (process.stdin.isTTY ? await promptPassword("Password (at least 12 characters): ") : "");
const parsed = ZCreateUser.safeParse({
  email: values.email ?? "",
  name: values.name ?? "",
  role: values.role,
  password,
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}
const db = createDb(getEnv().DATABASE_URL, { preparedStatements: getEnv().DATABASE_PREPARED_STATEMENTS });
try {
  const user = await createUser({ db, actor: { type: "SYSTEM", label: "cli user:create" }, input: parsed.data });
  console.log(`Created ${user.name} <${user.email}> as ${user.role}. They can sign in now.`);
} catch (error) {
  if (error instanceof AppError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
} finally {
  await db.$disconnect();
}

import { createDb } from "@/lib/server/db";
import { getEnv } from "@/lib/env";
import { seedBenchmarkDemo } from "@/lib/server/seed/seed-benchmark-demo";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { DEMO_PASSWORD, seedDemoCredentials } from "@/lib/server/seed/seed-demo-credentials";

// `npm run db:seed`: loads the demo organisation into DATABASE_URL. Safe to run again.
const db = createDb(getEnv().DATABASE_URL, { preparedStatements: getEnv().DATABASE_PREPARED_STATEMENTS });
try {
  const { createdLanes, skippedLanes } = await seedDemo({ db, now: new Date() });
  console.log(
    `Demo organisation: created ${createdLanes.length} lanes${skippedLanes.length ? `, kept ${skippedLanes.length} that already existed` : ""}.`,
  );
  // Ingestion demo data (benchmark runs) goes in after the lanes it belongs to.
  await seedBenchmarkDemo({ db, now: new Date() });
  const { created } = await seedDemoCredentials({ db });
  console.log(
    `Demo sign-in: ${created} passwords set; every demo person signs in with "${DEMO_PASSWORD}" (e.g. priya.raman@northwind.example).`,
  );
} finally {
  await db.$disconnect();
}

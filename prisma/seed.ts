import { createDb } from "@/lib/server/db";
import { getEnv } from "@/lib/env";
import { seedBenchmarkDemo } from "@/lib/server/seed/seed-benchmark-demo";
import { seedDemo } from "@/lib/server/seed/seed-demo";

// `npm run db:seed`: loads the demo organisation into DATABASE_URL. Safe to run again.
const db = createDb(getEnv().DATABASE_URL);
try {
  const { createdLanes, skippedLanes } = await seedDemo({ db, now: new Date() });
  console.log(`Demo organisation: created ${createdLanes.length} lanes${skippedLanes.length ? `, kept ${skippedLanes.length} that already existed` : ""}.`);
  // Ingestion demo data (benchmark runs) goes in after the lanes it belongs to.
  await seedBenchmarkDemo({ db, now: new Date() });
} finally {
  await db.$disconnect();
}

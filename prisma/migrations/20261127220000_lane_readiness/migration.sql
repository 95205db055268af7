-- Stored readiness per lane (issue 13): the gate's latest answer, written in the transaction of every
-- change to the lane and by the scheduled re-evaluation (issue 10: windows that end by time, drills
-- that go stale). Lanes without a row yet are evaluated and stored on the next read or scheduler tick.
CREATE TABLE "LaneReadiness" (
    "laneId" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "streak" INTEGER NOT NULL,
    "requiredStreak" INTEGER NOT NULL,
    "reasons" JSONB NOT NULL,
    "warnings" JSONB NOT NULL,
    "flags" JSONB NOT NULL,
    "sparkline" JSONB,
    "planChanges" JSONB,
    "planSignature" TEXT,
    "evaluatedAt" TIMESTAMPTZ(3) NOT NULL,
    "nextDueAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LaneReadiness_pkey" PRIMARY KEY ("laneId")
);

-- CreateIndex
CREATE INDEX "LaneReadiness_verdict_idx" ON "LaneReadiness"("verdict");

-- CreateIndex
CREATE INDEX "LaneReadiness_nextDueAt_idx" ON "LaneReadiness"("nextDueAt");

-- AddForeignKey
ALTER TABLE "LaneReadiness" ADD CONSTRAINT "LaneReadiness_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

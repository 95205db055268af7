-- CreateEnum
CREATE TYPE "LaneStage" AS ENUM ('PROPOSED', 'SHADOW', 'CANARY', 'PRODUCTION', 'EXPANDED', 'PAUSED', 'RETIRED');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('PLATFORM_LEAD', 'LANE_OWNER', 'STAKEHOLDER');

-- CreateEnum
CREATE TYPE "OwnerRole" AS ENUM ('PLANNER', 'EXECUTOR');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER');

-- CreateEnum
CREATE TYPE "ThresholdKind" AS ENUM ('ABSOLUTE', 'RELATIVE');

-- CreateEnum
CREATE TYPE "MeasurementSource" AS ENUM ('PRODUCTION', 'SHADOW', 'SYNTHETIC');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('P1', 'P2', 'P3', 'P4');

-- CreateEnum
CREATE TYPE "GateOverrideKind" AS ENUM ('EXPANSION', 'ONE_LANE');

-- CreateEnum
CREATE TYPE "TargetVersionStatus" AS ENUM ('PENDING_APPROVAL', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('APPROVED', 'REFUSED');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('USER', 'TOKEN', 'SYSTEM');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('READY', 'HOLD', 'STOP');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'STAKEHOLDER',
    "team" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lane" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "workload" TEXT NOT NULL,
    "owningTeam" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "stage" "LaneStage" NOT NULL DEFAULT 'PROPOSED',
    "leftProposedAt" TIMESTAMPTZ(3),
    "requiredStableReleases" INTEGER NOT NULL DEFAULT 2,
    "recoveryLimitSeconds" INTEGER NOT NULL DEFAULT 900,
    "drillMaxAgeDays" INTEGER NOT NULL DEFAULT 90,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Lane_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OwnerAssignment" (
    "id" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "role" "OwnerRole" NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedById" TEXT,
    "reason" TEXT NOT NULL,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OwnerAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetVersion" (
    "id" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "TargetVersionStatus" NOT NULL DEFAULT 'APPROVED',
    "reason" TEXT,
    "proposedById" TEXT,
    "approvedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" TIMESTAMPTZ(3),
    "effectiveFrom" TIMESTAMPTZ(3),
    "frozenAt" TIMESTAMPTZ(3),

    CONSTRAINT "TargetVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "id" TEXT NOT NULL,
    "targetVersionId" TEXT NOT NULL,
    "kpiKey" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" "KpiDirection" NOT NULL,
    "baseline" DECIMAL(20,6) NOT NULL,
    "targetKind" "ThresholdKind" NOT NULL,
    "targetValue" DECIMAL(20,6) NOT NULL,
    "stopKind" "ThresholdKind",
    "stopValue" DECIMAL(20,6),
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "versionLabel" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deployedAt" TIMESTAMPTZ(3),
    "observationEndsAt" TIMESTAMPTZ(3),
    "rolledBackAt" TIMESTAMPTZ(3),
    "rollbackReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "kpiKey" TEXT NOT NULL,
    "value" DECIMAL(20,6) NOT NULL,
    "source" "MeasurementSource" NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,
    "invalidatedAt" TIMESTAMPTZ(3),
    "invalidationReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "releaseId" TEXT,
    "ref" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "title" TEXT NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Regression" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "detectedAt" TIMESTAMPTZ(3) NOT NULL,
    "recoveredAt" TIMESTAMPTZ(3),
    "recoveredByRollback" BOOLEAN NOT NULL DEFAULT false,
    "attributedTo" "OwnerRole",
    "planChange" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Regression_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollbackDesign" (
    "id" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "runbookUrl" TEXT,
    "rollbackTarget" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RollbackDesign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollbackDrill" (
    "id" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "performedAt" TIMESTAMPTZ(3) NOT NULL,
    "recoverySeconds" INTEGER NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RollbackDrill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSnapshot" (
    "id" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "releaseId" TEXT,
    "queryName" TEXT NOT NULL,
    "rawText" TEXT NOT NULL,
    "capturedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageChange" (
    "id" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "fromStage" "LaneStage" NOT NULL,
    "toStage" "LaneStage" NOT NULL,
    "reason" TEXT,
    "overrideKind" "GateOverrideKind",
    "changedById" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "evaluation" JSONB NOT NULL,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "needsReviewReason" TEXT,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessChange" (
    "id" TEXT NOT NULL,
    "laneId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verdict" "Verdict" NOT NULL,
    "streak" INTEGER NOT NULL,
    "reasonCodes" TEXT[],
    "flagCodes" TEXT[],
    "evaluation" JSONB NOT NULL,
    "cause" TEXT NOT NULL,
    "auditEventId" BIGINT,

    CONSTRAINT "ReadinessChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "laneId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Lane_slug_key" ON "Lane"("slug");

-- CreateIndex
CREATE INDEX "Lane_stage_idx" ON "Lane"("stage");

-- CreateIndex
CREATE INDEX "OwnerAssignment_laneId_role_endedAt_idx" ON "OwnerAssignment"("laneId", "role", "endedAt");

-- CreateIndex
CREATE INDEX "OwnerAssignment_userId_idx" ON "OwnerAssignment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TargetVersion_laneId_version_key" ON "TargetVersion"("laneId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "KpiTarget_targetVersionId_kpiKey_key" ON "KpiTarget"("targetVersionId", "kpiKey");

-- CreateIndex
CREATE INDEX "Release_laneId_deployedAt_idx" ON "Release"("laneId", "deployedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Release_laneId_versionLabel_key" ON "Release"("laneId", "versionLabel");

-- CreateIndex
CREATE INDEX "Measurement_releaseId_kpiKey_takenAt_idx" ON "Measurement"("releaseId", "kpiKey", "takenAt");

-- CreateIndex
CREATE INDEX "Incident_releaseId_idx" ON "Incident"("releaseId");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_laneId_ref_key" ON "Incident"("laneId", "ref");

-- CreateIndex
CREATE INDEX "Regression_releaseId_idx" ON "Regression"("releaseId");

-- CreateIndex
CREATE UNIQUE INDEX "RollbackDesign_laneId_key" ON "RollbackDesign"("laneId");

-- CreateIndex
CREATE INDEX "RollbackDrill_laneId_performedAt_idx" ON "RollbackDrill"("laneId", "performedAt");

-- CreateIndex
CREATE INDEX "PlanSnapshot_laneId_queryName_capturedAt_idx" ON "PlanSnapshot"("laneId", "queryName", "capturedAt");

-- CreateIndex
CREATE INDEX "PlanSnapshot_releaseId_idx" ON "PlanSnapshot"("releaseId");

-- CreateIndex
CREATE INDEX "StageChange_laneId_at_idx" ON "StageChange"("laneId", "at");

-- CreateIndex
CREATE INDEX "Decision_laneId_decidedAt_idx" ON "Decision"("laneId", "decidedAt");

-- CreateIndex
CREATE INDEX "ReadinessChange_laneId_at_idx" ON "ReadinessChange"("laneId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_laneId_at_idx" ON "AuditEvent"("laneId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "OwnerAssignment" ADD CONSTRAINT "OwnerAssignment_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnerAssignment" ADD CONSTRAINT "OwnerAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnerAssignment" ADD CONSTRAINT "OwnerAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetVersion" ADD CONSTRAINT "TargetVersion_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetVersion" ADD CONSTRAINT "TargetVersion_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetVersion" ADD CONSTRAINT "TargetVersion_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_targetVersionId_fkey" FOREIGN KEY ("targetVersionId") REFERENCES "TargetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regression" ADD CONSTRAINT "Regression_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackDesign" ADD CONSTRAINT "RollbackDesign_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackDrill" ADD CONSTRAINT "RollbackDrill_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSnapshot" ADD CONSTRAINT "PlanSnapshot_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSnapshot" ADD CONSTRAINT "PlanSnapshot_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessChange" ADD CONSTRAINT "ReadinessChange_laneId_fkey" FOREIGN KEY ("laneId") REFERENCES "Lane"("id") ON DELETE CASCADE ON UPDATE CASCADE;

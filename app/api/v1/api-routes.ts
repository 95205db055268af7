import type { ApiRouteTable } from "@/lib/server/api/openapi/build-openapi-document";
import * as auditRoute from "@/app/api/v1/audit/route";
import * as decisionsRoute from "@/app/api/v1/decisions/route";
import * as inboxRoute from "@/app/api/v1/inbox/route";
import * as inboxSeenRoute from "@/app/api/v1/inbox/seen/route";
import * as invitationsAcceptRoute from "@/app/api/v1/invitations/accept/route";
import * as invitationsRoute from "@/app/api/v1/invitations/route";
import * as lanesSlugBenchmarkRunsRoute from "@/app/api/v1/lanes/[slug]/benchmark-runs/route";
import * as lanesSlugDecisionsRoute from "@/app/api/v1/lanes/[slug]/decisions/route";
import * as lanesSlugDrillsRoute from "@/app/api/v1/lanes/[slug]/drills/route";
import * as lanesSlugExportCsvRoute from "@/app/api/v1/lanes/[slug]/export.csv/route";
import * as lanesSlugExportJsonRoute from "@/app/api/v1/lanes/[slug]/export.json/route";
import * as lanesSlugFollowRoute from "@/app/api/v1/lanes/[slug]/follow/route";
import * as lanesSlugIncidentsIdRoute from "@/app/api/v1/lanes/[slug]/incidents/[id]/route";
import * as lanesSlugMeasurementsIdInvalidateRoute from "@/app/api/v1/lanes/[slug]/measurements/[id]/invalidate/route";
import * as lanesSlugOwnersRoute from "@/app/api/v1/lanes/[slug]/owners/route";
import * as lanesSlugPlansDiffRoute from "@/app/api/v1/lanes/[slug]/plans/diff/route";
import * as lanesSlugPlansRoute from "@/app/api/v1/lanes/[slug]/plans/route";
import * as lanesSlugReadinessHistoryRoute from "@/app/api/v1/lanes/[slug]/readiness/history/route";
import * as lanesSlugReadinessRoute from "@/app/api/v1/lanes/[slug]/readiness/route";
import * as lanesSlugRegressionsIdRoute from "@/app/api/v1/lanes/[slug]/regressions/[id]/route";
import * as lanesSlugReleasesLabelCloseRoute from "@/app/api/v1/lanes/[slug]/releases/[label]/close/route";
import * as lanesSlugReleasesLabelDeployRoute from "@/app/api/v1/lanes/[slug]/releases/[label]/deploy/route";
import * as lanesSlugReleasesLabelIncidentsRoute from "@/app/api/v1/lanes/[slug]/releases/[label]/incidents/route";
import * as lanesSlugReleasesLabelMeasurementsRoute from "@/app/api/v1/lanes/[slug]/releases/[label]/measurements/route";
import * as lanesSlugReleasesLabelRegressionsRoute from "@/app/api/v1/lanes/[slug]/releases/[label]/regressions/route";
import * as lanesSlugReleasesLabelRollbackRoute from "@/app/api/v1/lanes/[slug]/releases/[label]/rollback/route";
import * as lanesSlugReleasesLabelRoute from "@/app/api/v1/lanes/[slug]/releases/[label]/route";
import * as lanesSlugReleasesRoute from "@/app/api/v1/lanes/[slug]/releases/route";
import * as lanesSlugRollbackDesignRoute from "@/app/api/v1/lanes/[slug]/rollback-design/route";
import * as lanesSlugRoute from "@/app/api/v1/lanes/[slug]/route";
import * as lanesSlugStageRoute from "@/app/api/v1/lanes/[slug]/stage/route";
import * as lanesSlugTargetsVersionApproveRoute from "@/app/api/v1/lanes/[slug]/targets/[version]/approve/route";
import * as lanesSlugTargetsVersionRejectRoute from "@/app/api/v1/lanes/[slug]/targets/[version]/reject/route";
import * as lanesSlugTargetsVersionRoute from "@/app/api/v1/lanes/[slug]/targets/[version]/route";
import * as lanesSlugTargetsRoute from "@/app/api/v1/lanes/[slug]/targets/route";
import * as lanesRoute from "@/app/api/v1/lanes/route";
import * as openapiJsonRoute from "@/app/api/v1/openapi.json/route";
import * as peopleIdRoute from "@/app/api/v1/people/[id]/route";
import * as readinessCsvRoute from "@/app/api/v1/readiness.csv/route";
import * as teamsSlugExportCsvRoute from "@/app/api/v1/teams/[slug]/export.csv/route";
import * as teamsSlugExportJsonRoute from "@/app/api/v1/teams/[slug]/export.json/route";
import * as teamsSlugRoute from "@/app/api/v1/teams/[slug]/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import * as tokensIdRoute from "@/app/api/v1/tokens/[id]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import * as webhooksIdRoute from "@/app/api/v1/webhooks/[id]/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";

/**
 * Every route module of /api/v1 by its path. The modules describe themselves (withApi's
 * definition); this table only says where each one is mounted, and a test checks it against the
 * route files on disk.
 */
export const API_ROUTES: ApiRouteTable = {
  "/audit": auditRoute,
  "/decisions": decisionsRoute,
  "/inbox": inboxRoute,
  "/inbox/seen": inboxSeenRoute,
  "/invitations/accept": invitationsAcceptRoute,
  "/invitations": invitationsRoute,
  "/lanes/{slug}/benchmark-runs": lanesSlugBenchmarkRunsRoute,
  "/lanes/{slug}/decisions": lanesSlugDecisionsRoute,
  "/lanes/{slug}/drills": lanesSlugDrillsRoute,
  "/lanes/{slug}/export.csv": lanesSlugExportCsvRoute,
  "/lanes/{slug}/export.json": lanesSlugExportJsonRoute,
  "/lanes/{slug}/follow": lanesSlugFollowRoute,
  "/lanes/{slug}/incidents/{id}": lanesSlugIncidentsIdRoute,
  "/lanes/{slug}/measurements/{id}/invalidate": lanesSlugMeasurementsIdInvalidateRoute,
  "/lanes/{slug}/owners": lanesSlugOwnersRoute,
  "/lanes/{slug}/plans/diff": lanesSlugPlansDiffRoute,
  "/lanes/{slug}/plans": lanesSlugPlansRoute,
  "/lanes/{slug}/readiness/history": lanesSlugReadinessHistoryRoute,
  "/lanes/{slug}/readiness": lanesSlugReadinessRoute,
  "/lanes/{slug}/regressions/{id}": lanesSlugRegressionsIdRoute,
  "/lanes/{slug}/releases/{label}/close": lanesSlugReleasesLabelCloseRoute,
  "/lanes/{slug}/releases/{label}/deploy": lanesSlugReleasesLabelDeployRoute,
  "/lanes/{slug}/releases/{label}/incidents": lanesSlugReleasesLabelIncidentsRoute,
  "/lanes/{slug}/releases/{label}/measurements": lanesSlugReleasesLabelMeasurementsRoute,
  "/lanes/{slug}/releases/{label}/regressions": lanesSlugReleasesLabelRegressionsRoute,
  "/lanes/{slug}/releases/{label}/rollback": lanesSlugReleasesLabelRollbackRoute,
  "/lanes/{slug}/releases/{label}": lanesSlugReleasesLabelRoute,
  "/lanes/{slug}/releases": lanesSlugReleasesRoute,
  "/lanes/{slug}/rollback-design": lanesSlugRollbackDesignRoute,
  "/lanes/{slug}": lanesSlugRoute,
  "/lanes/{slug}/stage": lanesSlugStageRoute,
  "/lanes/{slug}/targets/{version}/approve": lanesSlugTargetsVersionApproveRoute,
  "/lanes/{slug}/targets/{version}/reject": lanesSlugTargetsVersionRejectRoute,
  "/lanes/{slug}/targets/{version}": lanesSlugTargetsVersionRoute,
  "/lanes/{slug}/targets": lanesSlugTargetsRoute,
  "/lanes": lanesRoute,
  "/openapi.json": openapiJsonRoute,
  "/people/{id}": peopleIdRoute,
  "/readiness.csv": readinessCsvRoute,
  "/teams/{slug}/export.csv": teamsSlugExportCsvRoute,
  "/teams/{slug}/export.json": teamsSlugExportJsonRoute,
  "/teams/{slug}": teamsSlugRoute,
  "/teams": teamsRoute,
  "/tokens/{id}": tokensIdRoute,
  "/tokens": tokensRoute,
  "/webhooks/{id}": webhooksIdRoute,
  "/webhooks": webhooksRoute,
};

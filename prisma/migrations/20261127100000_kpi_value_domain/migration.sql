-- KPI values now have a unit with a valid domain (lib/domain/kpi/unit-catalogue.ts): times,
-- counts, rates, sizes and ratios are >= 0, counts are whole, percentages are 0-100. A measurement
-- stored before that check and outside its KPI's domain (a p95 latency of -300 ms) stays in the
-- database with its value exactly as recorded, but is invalidated with a reason, so it is shown
-- struck through and no longer counts for the gate. Nothing is deleted; targets are left as they
-- were (a frozen version is evidence; docs/kpi-units.md says how the gate reads them).
UPDATE "Measurement" m
SET "invalidatedAt" = now(),
    "invalidationReason" = 'Outside the valid range of its unit (' || t.unit || '); invalidated when KPI units got valid ranges, value kept as recorded',
    "version" = m."version" + 1
FROM "Release" r, "TargetVersion" tv, "KpiTarget" t
WHERE m."releaseId" = r.id
  AND tv."laneId" = r."laneId"
  AND t."targetVersionId" = tv.id
  AND t."kpiKey" = m."kpiKey"
  AND m."invalidatedAt" IS NULL
  AND (
    (t.unit IN ('ms', 's', 'min', 'count', 'queries', 'rows', 'errors', 'incidents', '%', 'ratio', 'rows/s', 'queries/s', 'MB', 'GB') AND m.value < 0)
    OR (t.unit IN ('count', 'queries', 'rows', 'errors', 'incidents') AND m.value <> trunc(m.value))
    OR (t.unit = '%' AND m.value > 100)
  );

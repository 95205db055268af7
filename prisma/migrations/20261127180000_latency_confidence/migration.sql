-- Latency verdicts with confidence (issue 11): a measurement keeps its confidence interval, and a
-- KPI target can require that its improvement is significant at a confidence level.
ALTER TABLE "KpiTarget" ADD COLUMN "requiredConfidence" DECIMAL(5,4);

ALTER TABLE "Measurement" ADD COLUMN "ciLow" DECIMAL(20,6),
ADD COLUMN "ciHigh" DECIMAL(20,6),
ADD COLUMN "confidence" DECIMAL(5,4);

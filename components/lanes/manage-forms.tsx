"use client";

import { lazyClient } from "@/components/ui/lazy-client";

// The Manage panel's forms, each loaded when its section is first opened (react-hook-form, zod and
// the route's schema come with the first one): none of them is in the lane page's first load.
export const EditLaneForm = lazyClient(() => import("@/components/lanes/lane-form").then((m) => m.EditLaneForm));
export const StageForm = lazyClient(() => import("@/components/lanes/stage-form").then((m) => m.StageForm));
export const OwnerForm = lazyClient(() => import("@/components/lanes/owner-form").then((m) => m.OwnerForm));
export const TargetsForm = lazyClient(() => import("@/components/lanes/targets-form").then((m) => m.TargetsForm));
export const TargetReviewForm = lazyClient(() =>
  import("@/components/lanes/target-review-form").then((m) => m.TargetReviewForm),
);
export const RollbackDesignForm = lazyClient(() =>
  import("@/components/lanes/rollback-design-form").then((m) => m.RollbackDesignForm),
);
export const DrillForm = lazyClient(() => import("@/components/lanes/drill-form").then((m) => m.DrillForm));
export const DecisionForm = lazyClient(() => import("@/components/lanes/decision-form").then((m) => m.DecisionForm));

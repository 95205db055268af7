"use client";

import { lazyClient } from "@/components/ui/lazy-client";

/**
 * The lane page's token panel, loaded after the page (its create form brings react-hook-form and
 * zod) and only for those who may manage the lane's tokens: the list comes from the browser anyway.
 */
export const LazyTokensPanel = lazyClient(() => import("@/components/tokens/tokens-panel").then((m) => m.TokensPanel));

// Shapes passed between the seed steps.
import type { Tx } from "@anzhi/db";
import type { Rng } from "./util.ts";

export interface SeedCtx {
  tx: Tx;
  now: Date;
  /** China-time dates. */
  today: string;
  yesterday: string;
  /** Monday on or before today − 60 days: the start of the seeded history. */
  windowStart: string;
  /** Mon–Fri from windowStart to yesterday. */
  workingDays: string[];
  /** Risk list version 2 (and the product changes behind it) take effect on this date. */
  v2From: string;
  passwordHash: string;
  encrypt: (plain: string) => string;
  rng: Rng;
}

export type OrgKey = "battery" | "hardware";

export interface OfficerSeed {
  userId: string;
  name: string;
  siteId: string;
  roleAssignmentId: string;
}

export interface PeopleSeed {
  principal: string;
  director: string;
  officers: OfficerSeed[];
  viewer: string | null;
  /** userId → display name */
  names: Map<string, string>;
}

export interface OrgSeed {
  key: OrgKey;
  id: string;
  kind: "producer" | "seller";
  name: string;
  uscc: string;
  createdAt: Date;
  /** Site ids by role: main = factory/store, second = workshop (producer only). */
  sites: { main: string; second: string | null };
  /** Product ids by local key (e.g. "pack20"). */
  products: Map<string, string>;
  /** Supplier ids by local key (e.g. "cells"). */
  suppliers: Map<string, string>;
  people: PeopleSeed;
  apiKeyId: string | null;
}

/** A risk list row as the routines need it. */
export interface RiskItemSeed {
  id: string;
  seq: number;
  catalogItemId: string | null;
  stage: string;
  riskCategory: string;
  riskPoint: string;
  controlMeasure: string;
  frequency: string;
  siteId: string | null;
  introducedInVersion: number;
  retiredInVersion: number | null;
}

export interface RiskListSeed {
  listId: string;
  items: RiskItemSeed[];
  /** Version 2 takes effect on this date; earlier checks used version 1. */
  v2EffectiveFrom: string;
}

// The plans, as data: the one place prices and limits are written down. The public pricing page
// shows these rows; packages/domain/src/billing/entitlements.ts turns them (with the subscription
// mirror, the offline grants and the instant) into what an organisation may do. docs/decisions/025.
import { z } from "zod";
import type { Plan as ApiRateTier } from "../enums";

export const BillingPlan = z.enum(["trial", "basic", "professional"]);
export type BillingPlan = z.infer<typeof BillingPlan>;
/** The plans a customer buys (the trial is not sold). */
export const PaidPlan = z.enum(["basic", "professional"]);
export type PaidPlan = z.infer<typeof PaidPlan>;

export interface PlanLimits {
  /** Active sites; null = no limit (professional: the sites paid for grow with each site added). */
  sites: number | null;
  /** Active members; null = no limit. */
  members: number | null;
  /** ERP API rate tier (packages/api/src/v1/rate-limit.ts). No plan cuts the API off. */
  apiRate: ApiRateTier;
  /** Stored files shown against usage (never enforced: uploads are statutory evidence). */
  storageMb: number;
}

export interface PlanSpec {
  id: BillingPlan;
  name: { "zh-CN": string; en: string };
  summary: { "zh-CN": string; en: string };
  /** Price in CNY per year: per site when `perSite`, else flat. 0 = free. */
  priceCnyPerYear: number;
  perSite: boolean;
  limits: PlanLimits;
  /** What the plan includes, as short lines for the pricing page. */
  features: { "zh-CN": string[]; en: string[] };
}

export const TRIAL_DAYS = 30;

/**
 * Dunning after a failed payment: `notice` for the first NOTICE days (a banner to admins), then
 * `grace` until GRACE days have passed (still everything), then `restricted` (growth stops).
 */
export const DUNNING_DAYS = { notice: 7, grace: 21 } as const;

export const PLANS: Record<BillingPlan, PlanSpec> = {
  trial: {
    id: "trial",
    name: { "zh-CN": "试用", en: "Trial" },
    summary: { "zh-CN": `注册后 ${TRIAL_DAYS} 天，全部功能`, en: `Everything, for ${TRIAL_DAYS} days after sign-up` },
    priceCnyPerYear: 0,
    perSite: false,
    limits: { sites: null, members: null, apiRate: "professional", storageMb: 10_240 },
    features: {
      "zh-CN": ["全部功能", "不限场所与成员", "ERP 接口"],
      en: ["Every feature", "Any number of sites and members", "ERP API"],
    },
  },
  basic: {
    id: "basic",
    name: { "zh-CN": "基础版", en: "Basic" },
    summary: { "zh-CN": "一个场所、少量成员", en: "One site, a few members" },
    priceCnyPerYear: 1_980,
    perSite: false,
    limits: { sites: 1, members: 5, apiRate: "free", storageMb: 2_048 },
    features: {
      "zh-CN": ["1 个场所", "最多 5 名成员", "日管控、周排查、月调度、隐患台账", "ERP 接口仅限免费速率"],
      en: [
        "1 site",
        "Up to 5 members",
        "Daily, weekly, monthly routine and hazard ledger",
        "ERP API at the free rate only",
      ],
    },
  },
  professional: {
    id: "professional",
    name: { "zh-CN": "专业版", en: "Professional" },
    summary: { "zh-CN": "按场所按年计费", en: "Priced per site per year" },
    priceCnyPerYear: 4_800,
    perSite: true,
    limits: { sites: null, members: null, apiRate: "professional", storageMb: 51_200 },
    features: {
      "zh-CN": ["按场所计费，新增场所按比例计费", "不限成员", "ERP 接口（专业速率）", "不限监管授权"],
      en: [
        "Per site; a site added is prorated",
        "Any number of members",
        "ERP API (professional rate)",
        "Unlimited regulator grants",
      ],
    },
  },
};

/** What a restricted organisation keeps: the duties, and no growth past these. */
export const RESTRICTED_LIMITS: PlanLimits = { sites: 1, members: 5, apiRate: "free", storageMb: 2_048 };

/** Where an organisation's plan comes from. */
export const BillingSource = z.enum(["stripe", "offline", "trial", "off"]);
export type BillingSource = z.infer<typeof BillingSource>;

/** Dunning stage shown to admins; `none` in good standing. */
export const DunningStage = z.enum(["none", "notice", "grace", "restricted"]);
export type DunningStage = z.infer<typeof DunningStage>;

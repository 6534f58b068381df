// The English message tree, composed from the per-feature modules (same keys as zh-CN.ts).
import type { Messages } from "./zh-CN.ts";
import { shellEn } from "./shell.en.ts";
import { accountsEn } from "./accounts.en.ts";
import { hazardsEn } from "./hazards.en.ts";
import { proposalsEn } from "./proposals.en.ts";
import { appointmentsEn } from "./appointments.en.ts";
import { profileEn } from "./profile.en.ts";
import { riskListEn } from "./risk-list.en.ts";
import { routinesEn } from "./routines.en.ts";
import { regulatorEn } from "./regulator.en.ts";
import { auditEn } from "./audit.en.ts";
import { sellersEn } from "./sellers.en.ts";
import { inspectionsEn } from "./inspections.en.ts";
import { standingEn } from "./standing.en.ts";
import { apiKeysEn } from "./api-keys.en.ts";
import { webhooksEn } from "./webhooks.en.ts";
import { signaturesEn } from "./signatures.en.ts";
import { billingEn } from "./billing.en.ts";
import { titlesEn } from "./titles.en.ts";
import { photosEn } from "./photos.en.ts";
import { homesEn } from "./homes.en.ts";

export const en: Messages = {
  ...shellEn,
  ...accountsEn,
  ...hazardsEn,
  ...proposalsEn,
  ...appointmentsEn,
  profile: profileEn,
  standing: standingEn,
  riskList: riskListEn,
  routines: routinesEn,
  regulator: regulatorEn,
  apiKeys: apiKeysEn,
  webhooks: webhooksEn,
  signatures: signaturesEn,
  billing: billingEn,
  audit: auditEn,
  sellers: sellersEn,
  inspections: inspectionsEn,
  titles: titlesEn,
  ...photosEn,
  homes: homesEn,
};

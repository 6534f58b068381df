// The zh-CN message tree, one module per feature (`<feature>.zh-CN.ts`) composed here. Its shape is
// the key set (`Messages`, typed into `t` by i18next.d.ts); en.ts has the same keys.
import { shellZhCN } from "./shell.zh-CN.ts";
import { accountsZhCN } from "./accounts.zh-CN.ts";
import { hazardsZhCN } from "./hazards.zh-CN.ts";
import { proposalsZhCN } from "./proposals.zh-CN.ts";
import { appointmentsZhCN } from "./appointments.zh-CN.ts";
import { profileZhCN } from "./profile.zh-CN.ts";
import { riskListZhCN } from "./risk-list.zh-CN.ts";
import { routinesZhCN } from "./routines.zh-CN.ts";
import { regulatorZhCN } from "./regulator.zh-CN.ts";
import { auditZhCN } from "./audit.zh-CN.ts";
import { sellersZhCN } from "./sellers.zh-CN.ts";
import { inspectionsZhCN } from "./inspections.zh-CN.ts";
import { standingZhCN } from "./standing.zh-CN.ts";
import { apiKeysZhCN } from "./api-keys.zh-CN.ts";
import { webhooksZhCN } from "./webhooks.zh-CN.ts";
import { signaturesZhCN } from "./signatures.zh-CN.ts";
import { billingZhCN } from "./billing.zh-CN.ts";
import { titlesZhCN } from "./titles.zh-CN.ts";
import { photosZhCN } from "./photos.zh-CN.ts";
import { homesZhCN } from "./homes.zh-CN.ts";

export const zhCN = {
  ...shellZhCN,
  ...accountsZhCN,
  ...hazardsZhCN,
  ...proposalsZhCN,
  ...appointmentsZhCN,
  profile: profileZhCN,
  standing: standingZhCN,
  riskList: riskListZhCN,
  routines: routinesZhCN,
  regulator: regulatorZhCN,
  apiKeys: apiKeysZhCN,
  webhooks: webhooksZhCN,
  signatures: signaturesZhCN,
  billing: billingZhCN,
  audit: auditZhCN,
  sellers: sellersZhCN,
  inspections: inspectionsZhCN,
  titles: titlesZhCN,
  ...photosZhCN,
  homes: homesZhCN,
};

export type Messages = typeof zhCN;

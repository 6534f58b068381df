// 监督抽查结果: a failed provincial sampling of the producer's pack (its rectification is a planned
// hazard) and a passed municipal sampling at the seller's store.
import type { HazardSpec } from "./hazard-plan.ts";
import type { OrgSeed, SeedCtx } from "./types.ts";
import { addDays, at, atLocal, json, newId } from "./util.ts";

export async function createSamplingResults(
  ctx: SeedCtx,
  battery: OrgSeed,
  hardware: OrgSeed,
  hazards: HazardSpec[],
): Promise<void> {
  const { tx } = ctx;
  const wd = (i: number) => at(ctx.workingDays, i);
  const year = wd(8).slice(0, 4);
  const rectification = hazards.find((h) => h.orgKey === "battery" && h.link.kind === "sampling");
  const failId = newId();
  if (rectification) rectification.refs.samplingResultId = failId;
  await tx.samplingResult.create({
    data: {
      id: failId,
      organizationId: battery.id,
      samplingType: "provincial",
      organizingAuthority: "江苏省市场监督管理局",
      taskNo: `苏市监质抽〔${year}〕12号`,
      testingInstitution: "江苏省产品质量监督检验研究院",
      samplingDate: wd(8),
      samplingFormNo: `GC${year}3204110318`,
      sampledPartyName: battery.name,
      sampledPartyUscc: battery.uscc,
      samplingStage: "production",
      samplingLocation: "成品库",
      nominalProducer: battery.name,
      productId: battery.products.get("pack20") ?? null,
      productName: "电动自行车用锂离子蓄电池",
      brand: "锂鸿",
      specModel: "LH-4820T 48V20Ah",
      batchNoOrDate: `LH4820-${wd(6).slice(2).replaceAll("-", "")}-01`,
      samplingBase: "620只",
      sampleQty: "4只",
      backupQty: "2只",
      sealIntact: true,
      inspectionBasis: "GB 43854-2024",
      reportNo: `JSQI-${year}-DC-0318`,
      reportDate: wd(24),
      resultReceivedOn: wd(26),
      conclusion: "fail",
      failedItemsJson: json([
        { item: "标识", requirement: "应标注安全使用年限", measured: "未标注", unit: null, severity: "一般" },
      ]),
      objectionDeadline: addDays(wd(26), 15),
      objectionFiled: false,
      regulatorOrderNo: `常新市监责改〔${year}〕037号`,
      rectificationDeadline: rectification?.dueDate ?? addDays(wd(26), 45),
      stopSaleOfSameProduct: true,
      recheckResult: "pending",
      createdByUserId: battery.people.director,
      createdAt: atLocal(wd(26), 10, 0),
      updatedAt: atLocal(wd(26), 10, 0),
    },
  });
  await tx.samplingResult.create({
    data: {
      organizationId: hardware.id,
      samplingType: "municipal",
      organizingAuthority: "南京市市场监督管理局",
      taskNo: `宁市监质抽〔${year}〕7号`,
      testingInstitution: "南京市产品质量监督检验院",
      samplingDate: wd(3),
      samplingFormNo: `LT${year}3201020057`,
      sampledPartyName: hardware.name,
      sampledPartyUscc: hardware.uscc,
      samplingStage: "circulation",
      samplingLocation: "中山东路门店",
      nominalProducer: "无锡华光电缆有限公司",
      productId: hardware.products.get("wire") ?? null,
      productName: "聚氯乙烯绝缘电线",
      brand: "华光",
      specModel: "BV 450/750V 1×2.5mm²",
      batchNoOrDate: "2025-08",
      samplingBase: "60卷",
      sampleQty: "1卷（100m）",
      backupQty: "1卷",
      sealIntact: true,
      inspectionBasis: "GB/T 5023.3-2008；GB/T 3956-2008",
      reportNo: `NJQI-${year}-LT-0057`,
      reportDate: wd(19),
      resultReceivedOn: wd(21),
      conclusion: "pass",
      createdByUserId: hardware.people.director,
      createdAt: atLocal(wd(21), 15, 0),
      updatedAt: atLocal(wd(21), 15, 0),
    },
  });
}

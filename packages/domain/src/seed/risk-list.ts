// 风险管控清单 per organisation: version 1 from the catalogue, version 2 retires one row and adds
// one (rows are never edited or deleted; version membership is introducedIn/retiredIn).
import { catalogGroup, genericItems, mandatoryStandards, type CatalogCheckItem, type CatalogGroup } from "./catalog.ts";
import type { Prisma } from "@anzhi/db";
import type { OrgSeed, RiskItemSeed, RiskListSeed, SeedCtx } from "./types.ts";
import { addDays, atLocal, json, newId } from "./util.ts";

const GROUPS: Record<OrgSeed["kind"], string[]> = {
  producer: ["e-bike-battery-charger"],
  seller: ["wire-cable", "e-bike", "e-bike-helmet", "gas-appliances"],
};

const CATEGORY: Record<string, string> = {
  incoming: "原材料/零部件或购进商品不合格",
  process: "关键过程失控",
  outgoing: "出厂检验缺项或标识不符",
  storage: "贮存条件不符",
  sales: "销售环节违规",
  management: "管理制度未落实",
};

/** Hand-written risk descriptions for the battery rows (the catalogue only gives the check). */
const OVERRIDES: Record<string, { point: string; consequence: string; level: string }> = {
  "e-bike-battery-charger-01": {
    point: "使用梯次利用、翻新或与认证型号不一致的电芯",
    consequence: "热失控起火；产品与CCC认证不一致",
    level: "major",
  },
  "e-bike-battery-charger-02": {
    point: "BMS保护功能失效的电池组流入下道工序",
    consequence: "过充、短路导致起火",
    level: "significant",
  },
  "e-bike-battery-charger-03": {
    point: "电池缺少安全使用年限标识或永久性编码",
    consequence: "无法追溯，不符合GB 43854-2024",
    level: "general",
  },
  "e-bike-battery-charger-04": {
    point: "电气安全或绝缘不合格的电池组出厂",
    consequence: "使用中漏电、起火",
    level: "significant",
  },
  "e-bike-battery-charger-05": {
    point: "充电器输出参数或插头型式错误",
    consequence: "过充起火；铅酸/锂电混充",
    level: "significant",
  },
  "e-bike-battery-charger-07": { point: "锂电池库温超限、混放或荷电状态失控", consequence: "仓储火灾", level: "major" },
};

const ADDED: Record<OrgSeed["kind"], { stage: string; point: string; measure: string; consequence: string }> = {
  producer: {
    stage: "incoming",
    point: "一致性差（开路电压、内阻离散）的电芯批次投入PACK组装",
    measure: "电芯来料逐批抽测开路电压（OCV）和交流内阻，离散度超出工艺卡要求的批次隔离并通知供方",
    consequence: "电池组内部失衡、局部过热",
  },
  seller: {
    stage: "storage",
    point: "以旧换新回收的废旧电池混入在售商品或被翻新后二次销售",
    measure: "以旧换新回收的废旧锂电池单独隔离存放、登记数量并交有资质单位回收，严禁翻新或二次销售",
    consequence: "翻新电池起火；违法销售",
  },
};

const RETIRED: Record<OrgSeed["kind"], string> = { producer: "e-bike-battery-charger-05", seller: "e-bike-09" };

const V2_REASON: Record<OrgSeed["kind"], { reason: string; triggers: string[] }> = {
  producer: {
    reason: "充电器改为外购（供方持CCC证书），停止自产充电器出厂检验；新增电芯来料OCV/内阻抽测",
    triggers: ["processChange", "supplierChange"],
  },
  seller: {
    reason: "旧国标电动自行车过渡期已结束、库存清零，撤销该周检项；新增以旧换新回收电池隔离管控",
    triggers: ["standardChange", "processChange"],
  },
};

function checkMethod(stage: string): string {
  return (
    (
      {
        incoming: "document",
        process: "measurement",
        outgoing: "test",
        storage: "visual",
        sales: "document",
      } as Record<string, string>
    )[stage] ?? "record"
  );
}

export async function createRiskList(ctx: SeedCtx, org: OrgSeed): Promise<RiskListSeed> {
  const { tx } = ctx;
  const listId = newId();
  const v1From = addDays(ctx.windowStart, -3);
  await tx.riskControlList.create({
    data: {
      id: listId,
      organizationId: org.id,
      title:
        org.kind === "producer"
          ? "电动自行车用锂离子蓄电池质量安全风险管控清单"
          : "工业产品质量安全风险管控清单（销售）",
      currentVersion: 2,
      nextReviewDue: addDays(v1From, 365),
      createdAt: atLocal(addDays(v1From, -1), 16, 0),
      updatedAt: atLocal(addDays(ctx.v2From, -1), 17, 20),
    },
  });
  const versions = [
    { version: 1, reason: "初版：依据产品目录及企业实际编制", triggers: ["initial"], from: v1From },
    { version: 2, ...V2_REASON[org.kind], from: ctx.v2From },
  ];
  await tx.riskListVersion.createMany({
    data: versions.map((v) => ({
      organizationId: org.id,
      listId,
      version: v.version,
      reason: v.reason,
      reviewTriggersJson: json(v.triggers),
      effectiveFrom: v.from,
      createdByUserId: org.people.director,
      approvedByUserId: org.people.principal,
      approvedAt: atLocal(addDays(v.from, -1), 17, 20),
      createdAt: atLocal(addDays(v.from, -1), 15, 0),
    })),
  });

  const groups = GROUPS[org.kind].map(catalogGroup);
  const fromCatalog: Array<{
    item: CatalogCheckItem;
    group: CatalogGroup | null;
    groupId: string | null;
    basis: string;
  }> = [
    ...groups.flatMap((g) =>
      g.checkItems
        .filter((i) => i.appliesTo === org.kind || i.appliesTo === "both")
        .map((item) => ({
          item,
          group: g,
          groupId: g.id,
          basis: item.basis ?? (mandatoryStandards(g).join("；") || "市场监管总局令第75/76号"),
        })),
    ),
    ...genericItems(org.kind).map((item) => ({
      item,
      group: null,
      groupId: null,
      basis: item.basis ?? (org.kind === "producer" ? "市场监管总局令第75号" : "市场监管总局令第76号"),
    })),
  ];
  const officerFor = (stage: string) => {
    const second = org.people.officers[1];
    return stage === "process" && second ? second : org.people.officers[0];
  };
  const rows: Array<Prisma.RiskControlItemCreateManyInput & RiskItemSeed> = fromCatalog.map(
    ({ item, group, groupId, basis }, i) => {
      const daily = item.frequency === "daily";
      const officer = officerFor(item.stage);
      const o = OVERRIDES[item.id];
      const row = {
        id: newId(),
        organizationId: org.id,
        listId,
        seq: i + 1,
        stage: item.stage,
        riskCategory: CATEGORY[item.stage] ?? "其他",
        riskPoint: o?.point ?? (group ? `${group.nameZh}：${item.riskZh}` : item.riskZh),
        consequence: o?.consequence ?? item.consequenceZh ?? group?.consequenceZh ?? null,
        riskLevel: o?.level ?? item.level,
        controlMeasure: item.checkZh,
        checkMethod: item.method,
        acceptanceCriterion: item.basis ?? null,
        frequency: item.frequency,
        trigger: item.trigger ?? null,
        responsibleRole: daily ? "officer" : "director",
        responsibleUserId: daily ? (officer?.userId ?? null) : org.people.director,
        basis,
        catalogItemId: item.id,
        productGroupId: groupId,
        siteId: daily ? (officer?.siteId ?? null) : null,
        status: item.id === RETIRED[org.kind] ? "retired" : "active",
        introducedInVersion: 1,
        retiredInVersion: item.id === RETIRED[org.kind] ? 2 : null,
        retiredAt: item.id === RETIRED[org.kind] ? atLocal(ctx.v2From, 8, 30) : null,
        createdByUserId: org.people.director,
        createdAt: atLocal(addDays(v1From, -1), 15, 0),
        updatedAt: atLocal(addDays(v1From, -1), 15, 0),
      };
      return row;
    },
  );
  const added = ADDED[org.kind];
  const addedOfficer = officerFor(added.stage);
  rows.push({
    id: newId(),
    organizationId: org.id,
    listId,
    seq: rows.length + 1,
    stage: added.stage,
    riskCategory: CATEGORY[added.stage] ?? "其他",
    riskPoint: added.point,
    consequence: added.consequence,
    riskLevel: "significant",
    controlMeasure: added.measure,
    checkMethod: checkMethod(added.stage),
    acceptanceCriterion: null,
    frequency: "daily",
    trigger: org.kind === "producer" ? "perBatch" : null,
    responsibleRole: "officer",
    responsibleUserId: addedOfficer?.userId ?? null,
    basis:
      org.kind === "producer"
        ? "GB 43854-2024；企业工艺卡 GY-PACK-003"
        : "市场监管总局令第76号；《电动自行车以旧换新》相关要求",
    catalogItemId: null,
    productGroupId: org.kind === "producer" ? "e-bike-battery-charger" : "e-bike",
    siteId: addedOfficer?.siteId ?? null,
    status: "active",
    introducedInVersion: 2,
    retiredInVersion: null,
    retiredAt: null,
    createdByUserId: org.people.director,
    createdAt: atLocal(addDays(ctx.v2From, -1), 15, 0),
    updatedAt: atLocal(addDays(ctx.v2From, -1), 15, 0),
  });
  await tx.riskControlItem.createMany({ data: rows });
  const items: RiskItemSeed[] = rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    catalogItemId: r.catalogItemId,
    stage: r.stage,
    riskCategory: r.riskCategory,
    riskPoint: r.riskPoint,
    controlMeasure: r.controlMeasure,
    frequency: r.frequency,
    siteId: r.siteId,
    introducedInVersion: r.introducedInVersion,
    retiredInVersion: r.retiredInVersion,
  }));
  return { listId, items, v2EffectiveFrom: ctx.v2From };
}

/** Daily rows of `version` an officer at `siteId` checks. */
export function dailyItemsFor(list: RiskListSeed, version: number, siteId: string): RiskItemSeed[] {
  return list.items.filter(
    (i) =>
      i.frequency === "daily" &&
      i.introducedInVersion <= version &&
      (i.retiredInVersion === null || i.retiredInVersion > version) &&
      (i.siteId === null || i.siteId === siteId),
  );
}

// The demo hazards as data, decided before anything is inserted: the daily runs, inspections,
// weekly reports, meetings and sampling results read this plan to create the records the hazards
// come from, then hazards.ts inserts the hazards with the ids those steps filled in.
import type { OrgSeed, SeedCtx } from "./types.ts";
import { addDays, at, atLocal, isoWeekOf, lastDayOfMonth, localDate, monthKey, mondayOf, weekday } from "./util.ts";

export type HazardStatusValue = "open" | "rectifying" | "awaiting_verification" | "closed";

export interface FailLine {
  item: string;
  requirement: string;
  measured: string;
  unit: string | null;
}

export type HazardLink =
  | { kind: "daily"; officer: number; day: string; catalogItemId: string }
  | { kind: "inspection"; direction: "incoming" | "outgoing"; material: string; day: string; fail: FailLine }
  | { kind: "weekly"; isoYear: number; isoWeek: number }
  | { kind: "meeting"; month: string; decisionSeq: number }
  | { kind: "sampling" };

export interface HazardSpec {
  orgKey: OrgSeed["key"];
  hazardNo: string;
  source: string;
  link: HazardLink;
  title: string;
  description: string;
  stage: string | null;
  riskCatalogItemId: string | null;
  productKey: string | null;
  siteId: string | null;
  severity: "general" | "significant" | "major";
  ownerUserId: string;
  createdByUserId: string | null;
  detectedAt: Date;
  dueDate: string;
  containment: string | null;
  rootCause: string | null;
  correctiveAction: string | null;
  startedAt: Date | null;
  rectifiedBy: string | null;
  rectifiedAt: Date | null;
  rectificationNote: string | null;
  verifiedBy: string | null;
  verifiedAt: Date | null;
  /** Filled in by the steps that create the source records. */
  refs: {
    dailyEntryId?: string;
    inspectionRecordId?: string;
    weeklyReportId?: string;
    meetingDecisionId?: string;
    samplingResultId?: string;
  };
}

export function hazardStatus(h: HazardSpec): HazardStatusValue {
  if (h.verifiedAt) return "closed";
  if (h.rectifiedAt) return "awaiting_verification";
  if (h.startedAt) return "rectifying";
  return "open";
}

type Draft = Omit<
  HazardSpec,
  "hazardNo" | "refs" | "containment" | "rootCause" | "correctiveAction" | "rectificationNote"
> &
  Partial<Pick<HazardSpec, "containment" | "rootCause" | "correctiveAction" | "rectificationNote">>;

/** The past month whose meeting produced a task (the month before the current one). */
export function taskMeetingMonth(ctx: SeedCtx): string {
  return monthKey(addDays(`${monthKey(ctx.today)}-01`, -1));
}

/** ISO week `weeksAgo` weeks before the current one. */
export function pastWeek(ctx: SeedCtx, weeksAgo: number): { isoYear: number; isoWeek: number; friday: string } {
  const monday = addDays(mondayOf(ctx.today), -7 * weeksAgo);
  return { ...isoWeekOf(monday), friday: addDays(monday, 4) };
}

export function planHazards(ctx: SeedCtx, battery: OrgSeed, hardware: OrgSeed): HazardSpec[] {
  const wd = (i: number): string => at(ctx.workingDays, i);
  const t = (i: number, hh: number, mm = 0): Date => atLocal(wd(i), hh, mm);
  const b = battery.people;
  const o1 = at(b.officers, 0);
  const o2 = at(b.officers, 1);
  const h = hardware.people;
  const so = at(h.officers, 0);
  const base = { startedAt: null, rectifiedBy: null, rectifiedAt: null, verifiedBy: null, verifiedAt: null };
  const w3 = pastWeek(ctx, 3);
  const w1 = pastWeek(ctx, 1);
  const meetingMonth = taskMeetingMonth(ctx);
  const meetingDay = lastWorkingDayOf(meetingMonth);

  const drafts: Draft[] = [
    // ── Producer ──
    {
      ...base,
      orgKey: "battery",
      source: "daily_check",
      link: { kind: "daily", officer: 0, day: wd(5), catalogItemId: "gen-p-01" },
      title: "来料电芯批次随货合格证明缺失",
      description: "21700电芯到货批次HR2109-A随货无出厂检验报告和合格证，已入待检区。",
      stage: "incoming",
      riskCatalogItemId: "gen-p-01",
      productKey: null,
      siteId: battery.sites.main,
      severity: "general",
      ownerUserId: o1.userId,
      createdByUserId: o1.userId,
      detectedAt: t(5, 9, 40),
      dueDate: addDays(wd(5), 3),
      rootCause: "供方发货单证流程漏项",
      correctiveAction: "要求供方补齐报告；来料检验规程增加“单证不全不得办理入库”",
      startedAt: t(5, 10, 30),
      rectifiedBy: o1.userId,
      rectifiedAt: t(6, 15, 0),
      rectificationNote: "供方已补交检验报告（盖章），规程已修订发布。",
      verifiedBy: b.director,
      verifiedAt: t(7, 10, 0),
    },
    {
      ...base,
      orgKey: "battery",
      source: "daily_check",
      link: { kind: "daily", officer: 1, day: wd(14), catalogItemId: "e-bike-battery-charger-02" },
      title: "3只电池组未经BMS保护功能测试流入下道工序",
      description: "PACK线BMS测试工装故障期间，3只LH-4820T电池组未测即转入老化工序。",
      stage: "process",
      riskCatalogItemId: "e-bike-battery-charger-02",
      productKey: "pack20",
      siteId: battery.sites.second,
      severity: "significant",
      ownerUserId: o2.userId,
      createdByUserId: o2.userId,
      detectedAt: t(14, 14, 20),
      dueDate: addDays(wd(14), 2),
      containment: "3只电池组隔离并补测",
      startedAt: t(14, 14, 40),
      rectifiedBy: o2.userId,
      rectifiedAt: t(15, 11, 0),
      rectificationNote: "补测全部合格；工装加装联锁，测试不通过不能扫码过站。",
      verifiedBy: b.director,
      verifiedAt: t(16, 9, 30),
    },
    {
      ...base,
      orgKey: "battery",
      source: "daily_check",
      link: { kind: "daily", officer: 0, day: wd(-6), catalogItemId: "e-bike-battery-charger-07" },
      title: "锂电池成品库2号温度探头离线",
      description: "成品库2号温度探头离线约6小时，期间无库温记录。",
      stage: "storage",
      riskCatalogItemId: "e-bike-battery-charger-07",
      productKey: null,
      siteId: battery.sites.main,
      severity: "significant",
      ownerUserId: o1.userId,
      createdByUserId: o1.userId,
      detectedAt: t(-6, 8, 50),
      dueDate: addDays(wd(-6), 10),
      containment: "人工每2小时巡检记录库温",
      startedAt: t(-6, 9, 20),
      rectifiedBy: o1.userId,
      rectifiedAt: t(-4, 16, 10),
      rectificationNote: "已更换探头并增加离线报警推送，附更换记录。",
    },
    {
      ...base,
      orgKey: "battery",
      source: "daily_check",
      link: { kind: "daily", officer: 1, day: wd(-12), catalogItemId: "gen-p-02" },
      title: "点焊机焊接电流参数漂移未复核",
      description: "2号点焊机焊接电流实测偏离工艺卡设定值约6%，当班未按规程复核记录。",
      stage: "process",
      riskCatalogItemId: "gen-p-02",
      productKey: "pack20",
      siteId: battery.sites.second,
      severity: "general",
      ownerUserId: o2.userId,
      createdByUserId: o2.userId,
      detectedAt: t(-12, 15, 10),
      dueDate: wd(-5),
    },
    {
      ...base,
      orgKey: "battery",
      source: "erp_inspection",
      link: {
        kind: "inspection",
        direction: "incoming",
        material: "cells",
        day: wd(9),
        fail: { item: "交流内阻", requirement: "≤15 mΩ", measured: "18.6", unit: "mΩ" },
      },
      title: "来料电芯交流内阻超标",
      description: "ERP进货检验：电芯批次交流内阻抽测超标，判定不合格。",
      stage: "incoming",
      riskCatalogItemId: "e-bike-battery-charger-01",
      productKey: null,
      siteId: battery.sites.main,
      severity: "general",
      ownerUserId: o1.userId,
      createdByUserId: null,
      detectedAt: t(9, 11, 5),
      dueDate: addDays(wd(9), 5),
      containment: "整批隔离，办理退货",
      startedAt: t(9, 13, 0),
      rectifiedBy: o1.userId,
      rectifiedAt: t(11, 10, 0),
      rectificationNote: "已整批退货，供方提交8D报告。",
      verifiedBy: b.director,
      verifiedAt: t(12, 9, 0),
    },
    {
      ...base,
      orgKey: "battery",
      source: "erp_inspection",
      link: {
        kind: "inspection",
        direction: "incoming",
        material: "bms",
        day: wd(25),
        fail: { item: "单体过充保护电压", requirement: "4.25±0.025 V", measured: "4.31", unit: "V" },
      },
      title: "BMS保护板过充保护电压超差",
      description: "ERP进货检验：BMS保护板过充保护电压超出规格，判定不合格。",
      stage: "incoming",
      riskCatalogItemId: "gen-p-01",
      productKey: null,
      siteId: battery.sites.main,
      severity: "significant",
      ownerUserId: o1.userId,
      createdByUserId: null,
      detectedAt: t(25, 10, 15),
      dueDate: addDays(wd(25), 7),
      containment: "该批保护板冻结，不得领用",
      startedAt: t(25, 11, 0),
      rectifiedBy: o1.userId,
      rectifiedAt: t(28, 16, 0),
      rectificationNote: "供方更换烧录参数后重新交货，复检合格。",
      verifiedBy: b.director,
      verifiedAt: t(29, 10, 30),
    },
    {
      ...base,
      orgKey: "battery",
      source: "erp_inspection",
      link: {
        kind: "inspection",
        direction: "outgoing",
        material: "pack24",
        day: wd(-9),
        fail: { item: "绝缘电阻", requirement: "≥100 MΩ", measured: "35", unit: "MΩ" },
      },
      title: "出厂电池组绝缘电阻不合格",
      description: "ERP出厂检验：LH-4824T批次绝缘电阻抽检不合格，整批扣留返工。",
      stage: "outgoing",
      riskCatalogItemId: "e-bike-battery-charger-04",
      productKey: "pack24",
      siteId: battery.sites.second,
      severity: "significant",
      ownerUserId: o2.userId,
      createdByUserId: null,
      detectedAt: t(-9, 16, 40),
      dueDate: addDays(wd(-9), 20),
      containment: "整批扣留，不得放行",
      rootCause: "外壳密封胶涂覆不均导致受潮",
      startedAt: t(-8, 9, 0),
    },
    {
      ...base,
      orgKey: "battery",
      source: "erp_inspection",
      link: {
        kind: "inspection",
        direction: "incoming",
        material: "casing",
        day: wd(-3),
        fail: { item: "阻燃等级（UL 94）", requirement: "V-0", measured: "V-2", unit: null },
      },
      title: "电池外壳阻燃等级不符合要求",
      description: "ERP进货检验：外壳样件阻燃等级为V-2，不符合V-0要求。",
      stage: "incoming",
      riskCatalogItemId: "gen-p-01",
      productKey: null,
      siteId: battery.sites.main,
      severity: "general",
      ownerUserId: o1.userId,
      createdByUserId: null,
      detectedAt: t(-3, 14, 30),
      dueDate: addDays(wd(-3), 7),
    },
    {
      ...base,
      orgKey: "battery",
      source: "erp_inspection",
      link: {
        kind: "inspection",
        direction: "outgoing",
        material: "pack20",
        day: wd(-2),
        fail: {
          item: "电芯型号与CCC认证一致性",
          requirement: "与认证关键件清单一致",
          measured: "发现非认证型号电芯",
          unit: null,
        },
      },
      title: "成品电池组中发现非认证型号电芯",
      description: "出厂一致性核查发现LH-4820T一批次中混有非认证型号（疑似梯次利用）电芯，存在热失控风险。",
      stage: "outgoing",
      riskCatalogItemId: "e-bike-battery-charger-01",
      productKey: "pack20",
      siteId: battery.sites.second,
      severity: "major",
      ownerUserId: b.director,
      createdByUserId: null,
      detectedAt: t(-2, 9, 30),
      dueDate: addDays(wd(-2), 15),
      containment: "停止LH-4820T生产；隔离库存412只；通知经销商暂停销售已发货批次",
      rootCause: "调查中：疑似电芯供方混批",
      startedAt: t(-2, 11, 30),
    },
    {
      ...base,
      orgKey: "battery",
      source: "weekly_screening",
      link: { kind: "weekly", isoYear: w3.isoYear, isoWeek: w3.isoWeek },
      title: "成品库消防通道被周转箱占用",
      description: "周排查发现成品库东侧消防通道堆放周转箱，通道宽度不足。",
      stage: "storage",
      riskCatalogItemId: "gen-p-10",
      productKey: null,
      siteId: battery.sites.main,
      severity: "general",
      ownerUserId: o1.userId,
      createdByUserId: b.director,
      detectedAt: atLocal(w3.friday, 15, 30),
      dueDate: addDays(w3.friday, 3),
      startedAt: atLocal(addDays(w3.friday, 3), 9, 0),
      rectifiedBy: o1.userId,
      rectifiedAt: atLocal(addDays(w3.friday, 3), 11, 0),
      rectificationNote: "周转箱已清理，通道划线并设禁止堆放标识。",
      verifiedBy: b.director,
      verifiedAt: atLocal(addDays(w3.friday, 4), 10, 0),
    },
    {
      ...base,
      orgKey: "battery",
      source: "monthly_meeting",
      link: { kind: "meeting", month: meetingMonth, decisionSeq: 2 },
      title: "全面核查电池永久性编码与安全使用年限标识",
      description: "月调度会决定：按GB 43854-2024对在制和库存电池的永久性编码、安全使用年限标识进行全面核查。",
      stage: "outgoing",
      riskCatalogItemId: "e-bike-battery-charger-03",
      productKey: null,
      siteId: battery.sites.second,
      severity: "general",
      ownerUserId: o2.userId,
      createdByUserId: b.principal,
      detectedAt: atLocal(meetingDay, 16, 30),
      dueDate: lastDayOfMonth(monthKey(ctx.today)),
      startedAt: atLocal(meetingDay, 17, 30),
    },
    {
      ...base,
      orgKey: "battery",
      source: "supervision_sampling",
      link: { kind: "sampling" },
      title: "省级监督抽查不合格：产品标识缺少安全使用年限",
      description: "江苏省产品质量监督抽查，LH-4820T样品标识项目不合格（未标注安全使用年限）。",
      stage: "outgoing",
      riskCatalogItemId: "e-bike-battery-charger-03",
      productKey: "pack20",
      siteId: battery.sites.second,
      severity: "significant",
      ownerUserId: b.director,
      createdByUserId: b.director,
      detectedAt: t(26, 10, 0),
      dueDate: addDays(wd(26), 45),
      containment: "停止销售同批次产品",
      rootCause: "标签模板升级未同步至PACK线打印系统",
      correctiveAction: "更新标签模板并复核在库产品",
      startedAt: t(26, 14, 0),
      rectifiedBy: o1.userId,
      rectifiedAt: t(-7, 16, 0),
      rectificationNote: "在库产品已补贴标识，提交整改报告，待主要负责人验证后报监管部门复查。",
    },
    // ── Seller ──
    {
      ...base,
      orgKey: "hardware",
      source: "daily_check",
      link: { kind: "daily", officer: 0, day: wd(7), catalogItemId: "gen-s-05" },
      title: "在售头盔未标注执行标准和生产日期",
      description: "货架上12顶电动自行车头盔未标注GB 811-2022及生产日期。",
      stage: "incoming",
      riskCatalogItemId: "gen-s-05",
      productKey: "helmet",
      siteId: hardware.sites.main,
      severity: "general",
      ownerUserId: so.userId,
      createdByUserId: so.userId,
      detectedAt: t(7, 10, 20),
      dueDate: addDays(wd(7), 2),
      containment: "立即下架",
      startedAt: t(7, 10, 30),
      rectifiedBy: so.userId,
      rectifiedAt: t(8, 15, 0),
      rectificationNote: "12顶已退回供货者，新到货已核对标识。",
      verifiedBy: h.director,
      verifiedAt: t(9, 9, 40),
    },
    {
      ...base,
      orgKey: "hardware",
      source: "daily_check",
      link: { kind: "daily", officer: 0, day: wd(-5), catalogItemId: "gen-s-03" },
      title: "在售BV电线CCC证书状态为暂停",
      description: "全国认证认可信息公共服务平台查询显示在售BV 2.5电线的CCC证书状态为“暂停”。",
      stage: "incoming",
      riskCatalogItemId: "gen-s-03",
      productKey: "wire",
      siteId: hardware.sites.main,
      severity: "significant",
      ownerUserId: so.userId,
      createdByUserId: so.userId,
      detectedAt: t(-5, 9, 15),
      dueDate: addDays(wd(-5), 10),
      containment: "停止销售，隔离库存35卷，已通知供货者",
      startedAt: t(-5, 9, 45),
    },
    {
      ...base,
      orgKey: "hardware",
      source: "weekly_screening",
      link: { kind: "weekly", isoYear: w1.isoYear, isoWeek: w1.isoWeek },
      title: "电动自行车充电区未与货架隔离",
      description: "周排查发现门店后区电动自行车充电点距离货架不足2米，未设防火隔离。",
      stage: "storage",
      riskCatalogItemId: "gen-s-09",
      productKey: null,
      siteId: hardware.sites.main,
      severity: "general",
      ownerUserId: so.userId,
      createdByUserId: h.director,
      detectedAt: atLocal(w1.friday, 16, 0),
      dueDate: addDays(w1.friday, 14),
    },
    {
      ...base,
      orgKey: "hardware",
      source: "daily_check",
      link: { kind: "daily", officer: 0, day: wd(-1), catalogItemId: "e-bike-08" },
      title: "店员为顾客加装大容量电池",
      description: "巡查发现售后店员应顾客要求为一辆电动自行车加装非原配大容量电池。",
      stage: "sales",
      riskCatalogItemId: "e-bike-08",
      productKey: "ebike",
      siteId: hardware.sites.main,
      severity: "significant",
      ownerUserId: so.userId,
      createdByUserId: so.userId,
      detectedAt: t(-1, 10, 0),
      dueDate: addDays(wd(-1), 3),
      containment: "已拆除加装电池并恢复原配",
      startedAt: t(-1, 10, 20),
      rectifiedBy: so.userId,
      rectifiedAt: t(-1, 16, 30),
      rectificationNote: "已恢复原配电池，对售后人员进行告诫培训并签字确认。",
    },
  ];

  const counters = new Map<string, number>();
  return drafts
    .sort((x, y) => x.detectedAt.getTime() - y.detectedAt.getTime())
    .map((d) => {
      const year = localDate(d.detectedAt).slice(0, 4);
      const key = `${d.orgKey}:${year}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return {
        containment: null,
        rootCause: null,
        correctiveAction: null,
        rectificationNote: null,
        ...d,
        hazardNo: `YH-${year}-${String(n).padStart(4, "0")}`,
        refs: {},
      };
    });
}

export function lastWorkingDayOf(month: string): string {
  let d = lastDayOfMonth(month);
  while (weekday(d) > 5) d = addDays(d, -1);
  return d;
}

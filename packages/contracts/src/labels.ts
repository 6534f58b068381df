// The Chinese label of each stored enum value, as the statutory documents print it: XLSX exports,
// print views and the regulator's ledgers and dossier are Chinese whatever the UI language, and the
// web's zh-CN messages show the same words. One table per enum; `satisfies Record<Enum, string>`
// makes a value added to an enum fail typecheck until it has its label here.
import type { InvoiceType } from "./schemas/billing";
import type {
  AuditEntityType,
  CatalogTrigger,
  CheckMethod,
  CertificateStatus,
  CheckResult,
  DocumentCheck,
  Frequency,
  HazardSeverity,
  MeetingTaskStatus,
  HazardSource,
  HazardStatus,
  IncomingDocument,
  InspectionKind,
  InspectionResult,
  NonConformityHandling,
  ReleaseDecision,
  TestLineResult,
  MarkingCheck,
  OrgKind,
  ProposalDecision,
  ProposalType,
  PurchaseConclusion,
  PurchaseProblem,
  RecordStatus,
  RiskLevel,
  RiskStage,
  Role,
  ScopeRoute,
  SizeClass,
  SupplierDocumentKind,
  SupplierType,
  WeeklyRating,
} from "./enums";

export const HAZARD_SEVERITY_ZH = { general: "一般", significant: "较大", major: "重大" } satisfies Record<
  HazardSeverity,
  string
>;

export const HAZARD_STATUS_ZH = {
  open: "待整改",
  rectifying: "整改中",
  awaiting_verification: "待验证",
  closed: "已销号",
} satisfies Record<HazardStatus, string>;

export const MEETING_TASK_STATUS_ZH = {
  open: "未开始",
  in_progress: "推进中",
  done: "已完成",
} satisfies Record<MeetingTaskStatus, string>;

export const HAZARD_SOURCE_ZH = {
  daily_check: "日管控",
  weekly_screening: "周排查",
  monthly_meeting: "月调度",
  erp_inspection: "进货/出厂检验",
  supervision_sampling: "监督抽查",
  release_check: "未检验出厂",
  certificate: "证照",
  manual: "手工登记",
  purchase_check: "进货查验",
} satisfies Record<HazardSource, string>;

export const PROPOSAL_TYPE_ZH = {
  stop_production: "停止生产",
  stop_sales: "停止销售",
  recall: "召回",
  suggestion: "意见建议",
} satisfies Record<ProposalType, string>;

export const PROPOSAL_DECISION_ZH = {
  adopted: "采纳",
  partially_adopted: "部分采纳",
  rejected: "不采纳",
} satisfies Record<ProposalDecision, string>;

/** 控制环节 as the risk control list (and every ledger showing it) prints it. */
export const RISK_STAGE_ZH = {
  incoming: "进货/原料",
  process: "生产过程",
  outgoing: "出厂/出库",
  storage: "贮存运输",
  sales: "销售",
  management: "管理制度",
} satisfies Record<RiskStage, string>;

export const FREQUENCY_ZH = { daily: "每日", weekly: "每周", monthly: "每月" } satisfies Record<Frequency, string>;

/** 风险等级 of a control item (templates.md §1.2). */
export const RISK_LEVEL_ZH = { low: "低", general: "一般", significant: "较大", major: "重大" } satisfies Record<
  RiskLevel,
  string
>;

/** 检查方式 of a control item. */
export const CHECK_METHOD_ZH = {
  visual: "目视检查",
  document: "查验文件",
  measurement: "测量",
  test: "检验试验",
  record: "查阅记录",
  online_lookup: "网上核验",
} satisfies Record<CheckMethod, string>;

export const CATALOG_TRIGGER_ZH = {
  perBatch: "每批",
  perUnit: "逐台/逐件",
  perLot: "每批次",
  perDelivery: "每次到货",
  perSale: "每次销售",
  perSupplierChange: "新增或变更供货者时",
} satisfies Record<CatalogTrigger, string>;

export const ROLE_ZH = {
  principal: "主要负责人",
  director: "质量安全总监",
  officer: "质量安全员",
  viewer: "只读成员",
} satisfies Record<Role, string>;

export const CHECK_RESULT_ZH = { ok: "正常", problem: "发现问题", not_applicable: "不适用" } satisfies Record<
  CheckResult,
  string
>;

/** A statutory record's state; a submitted record is a signed one. */
export const RECORD_STATUS_ZH = { draft: "草稿", submitted: "已签字", amended: "已更正" } satisfies Record<
  RecordStatus,
  string
>;

export const WEEKLY_RATING_ZH = {
  good: "良好",
  generally_good: "基本良好",
  needs_improvement: "需改进",
} satisfies Record<WeeklyRating, string>;

export const INSPECTION_KIND_ZH = { incoming: "进货检验", outgoing: "出厂检验" } satisfies Record<
  InspectionKind,
  string
>;

export const INSPECTION_RESULT_ZH = {
  pass: "合格",
  fail: "不合格",
  concession: "让步接收",
  pending: "待检",
} satisfies Record<InspectionResult, string>;

export const RELEASE_DECISION_ZH = {
  released: "放行",
  held: "暂扣",
  reworked: "返工",
  scrapped: "报废",
} satisfies Record<ReleaseDecision, string>;

export const NON_CONFORMITY_HANDLING_ZH = {
  return: "退货",
  quarantine: "隔离",
  scrap: "报废",
} satisfies Record<NonConformityHandling, string>;

export const TEST_LINE_RESULT_ZH = { pass: "合格", fail: "不合格", na: "不适用" } satisfies Record<
  TestLineResult,
  string
>;

export const INCOMING_DOCUMENT_ZH = {
  conformity_certificate: "产品合格证",
  inspection_report: "检验报告",
  ccc_certificate: "CCC证书",
  xk_licence: "生产许可证",
  coa: "质量证明书（COA）",
  sds: "安全技术说明书（SDS）",
} satisfies Record<IncomingDocument, string>;

export const CERTIFICATE_STATUS_ZH = {
  valid: "有效",
  suspended: "暂停",
  revoked: "撤销",
  cancelled: "注销",
  expired: "过期",
} satisfies Record<CertificateStatus, string>;

export const ORG_KIND_ZH = { producer: "生产单位", seller: "销售单位", both: "生产兼销售单位" } satisfies Record<
  OrgKind,
  string
>;

export const SIZE_CLASS_ZH = { large: "大型", medium: "中型", small: "小型", micro: "微型" } satisfies Record<
  SizeClass,
  string
>;

/** 适用情形 as the dossier prints it. */
export const SCOPE_ROUTE_ZH = {
  xk: "生产许可（XK）",
  ccc: "强制性认证（CCC）",
  mandatory_standard: "强制性国家标准",
  none: "无",
} satisfies Record<ScopeRoute, string>;

export const SUPPLIER_TYPE_ZH = { raw_material: "原材料", component: "零部件", goods: "商品" } satisfies Record<
  SupplierType,
  string
>;

export const SUPPLIER_DOCUMENT_KIND_ZH = {
  xk_licence: "生产许可证",
  ccc_certificate: "CCC证书",
  business_licence: "营业执照",
  other: "其他证明",
} satisfies Record<SupplierDocumentKind, string>;

export const DOCUMENT_CHECK_ZH = { ok: "齐全有效", missing: "缺失", invalid: "不符/无效" } satisfies Record<
  DocumentCheck,
  string
>;

export const MARKING_CHECK_ZH = { consistent: "一致", inconsistent: "不一致" } satisfies Record<MarkingCheck, string>;

export const PURCHASE_CONCLUSION_ZH = {
  accepted: "合格，准予销售",
  rejected: "不合格，拒收退货",
  quarantined: "暂存隔离待处理",
} satisfies Record<PurchaseConclusion, string>;

export const PURCHASE_PROBLEM_ZH = {
  conformity_missing: "无产品合格证明",
  conformity_invalid: "合格证明不符",
  report_missing: "无检验报告",
  report_invalid: "检验报告不符",
  ccc_missing: "CCC产品无认证证书",
  ccc_expired: "CCC证书已过期",
  xk_missing: "许可证产品无生产许可证编号",
  marking_inconsistent: "标识与证书不一致",
} satisfies Record<PurchaseProblem, string>;

/** The label of a stored value (a TEXT column read as string); an unknown value shows as itself. */
export function labelZh<K extends string>(table: Record<K, string>, value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return (table as Record<string, string>)[value] ?? value;
}

/** 审计记录: the record type an event is about (XLSX and the zh-CN trail page). */
export const AUDIT_ENTITY_ZH = {
  access_grant: "监管授权",
  api_key: "接口密钥",
  attachment: "附件",
  billing_account: "计费账户",
  billing_grant: "线下付款授权",
  ccc_certificate: "CCC 证书",
  daily_check_entry: "日管控检查项",
  daily_check_run: "每日管控记录",
  hazard: "隐患",
  inspection_import_mapping: "检验记录导入列对应",
  inspection_record: "检验记录",
  invitation: "邀请",
  major_risk_report: "重大风险报告",
  membership: "成员",
  meeting_task: "调度任务",
  monthly_meeting: "月调度会议纪要",
  organization: "企业",
  org_size_figure: "规模数据",
  product: "产品",
  production_licence: "生产许可证",
  purchase_check: "进货查验记录",
  regulator_agency: "监管机构",
  regulator_user: "监管人员",
  risk_control_item: "风险管控项",
  risk_control_list: "风险管控清单",
  risk_list_version: "清单版本",
  role_assignment: "任命",
  sale_record: "销售记录",
  sampling_result: "监督抽查结果",
  shipment: "出厂发货记录",
  site: "场所",
  staff_proposal: "履职记录",
  org_robot_channel: "提醒渠道",
  supplier: "供货者",
  supplier_document: "供货者证照",
  system: "系统",
  training_record: "培训记录",
  user: "用户",
  webhook_endpoint: "Webhook 接收地址",
  weekly_report: "每周排查报告",
} satisfies Record<AuditEntityType, string>;

/** 发票类型 of the invoice requests for the operator's finance team. */
export const INVOICE_TYPE_ZH = { vat_special: "增值税专用发票", vat_normal: "增值税普通发票" } satisfies Record<
  InvoiceType,
  string
>;

/** Who acted: a person, an ERP key, a regulator, the system. */
export const AUDIT_ACTOR_KIND_ZH: Record<string, string> = {
  user: "用户",
  api_key: "接口密钥",
  regulator: "监管人员",
  system: "系统",
};

// ─── Values of the regulator's ledger tables (ADR 037: the portal words them, exports print these) ───

export const YES_NO_ZH = { yes: "是", no: "否" } satisfies Record<string, string>;
/** A due officer-day in the daily ledger. */
export const DAY_STATUS_ZH = {
  done: "按时提交",
  late: "迟交",
  not_operating: "未生产经营",
  missed: "缺失",
  pending: "待完成（当日）",
} satisfies Record<string, string>;
export const OPERATING_ZH = { operating: "正常生产经营", not_operating: "未生产经营" } satisfies Record<string, string>;
/** A principal's change of a closed calendar day. */
export const CALENDAR_CHANGE_ZH = {
  to_rest: "日历更正：工作日→休息日",
  to_working: "日历更正：休息日→工作日",
  unchanged: "日历更正",
} satisfies Record<string, string>;
export const PROPOSAL_PENDING_ZH = { pending: "待决定" } satisfies Record<string, string>;
export const PROPOSAL_ANSWER_ZH = { unanswered: "未答复" } satisfies Record<string, string>;
export const TRAINING_KIND_ZH = { training: "培训考核", supervisory_assessment: "监督抽查考核" } satisfies Record<
  string,
  string
>;
export const ASSESSMENT_METHOD_ZH = { exam: "笔试", interview: "面谈", practical: "实操" } satisfies Record<
  string,
  string
>;
/** A 监督抽查考核's subject when none was typed (the statutory sheets print it; stored as such before issue 14). */
export const TRAINING_TOPIC_ZH = { supervisory_assessment: "质量安全总监、质量安全员监督抽查考核" } satisfies Record<
  string,
  string
>;
/** An assessed person's passed flag in words (stored as their result before issue 14 when none was typed). */
export const ASSESSMENT_PASSED_ZH = { passed: "合格", failed: "不合格" } satisfies Record<string, string>;

/**
 * The subject the user typed, or null when a 监督抽查考核 has none: stored as "" since issue 14 and,
 * before it, as the default subject `TRAINING_TOPIC_ZH` — both are then shown through a label.
 */
export function typedTrainingTopic(kind: string, topic: string): string | null {
  if (kind !== "supervisory_assessment") return topic;
  return topic === "" || topic === TRAINING_TOPIC_ZH.supervisory_assessment ? null : topic;
}

/**
 * The result the user typed, or null when none: before issue 14 an absent result was stored as the
 * passed flag's 合格/不合格, which is the flag again and is shown through the flag's label.
 */
export function typedAssessmentResult(passed: boolean | null, result: string | null): string | null {
  if (!result) return null;
  if (passed !== null && result === ASSESSMENT_PASSED_ZH[passed ? "passed" : "failed"]) return null;
  return result;
}
/** An attendee of a training or assessment with their result, as a ledger shows them. */
export interface AttendeeResult {
  personName: string;
  score: number | null;
  passed: boolean | null;
  /** What the user typed (`typedAssessmentResult`), else null. */
  result: string | null;
}

/** The Chinese statutory sheets' words for the attendees: "张三（92分，合格）；李四". */
export function attendeesZh(attendees: readonly AttendeeResult[]): string {
  return attendees
    .map((a) => {
      const result = [
        a.score === null ? null : `${a.score}分`,
        a.passed === null ? null : ASSESSMENT_PASSED_ZH[a.passed ? "passed" : "failed"],
        a.result,
      ].filter(Boolean);
      return result.length > 0 ? `${a.personName}（${result.join("，")}）` : a.personName;
    })
    .join("；");
}

export const RECHECK_RESULT_ZH = { ...INSPECTION_RESULT_ZH, pending: "待复查" } satisfies Record<string, string>;
export const CERTIFICATE_TYPE_ZH = { licence: "生产许可证", ccc: "CCC 证书" } satisfies Record<string, string>;
export const EMPLOYMENT_ZH = { full_time: "专职", part_time: "兼职" } satisfies Record<string, string>;

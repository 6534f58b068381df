// Every closed set of values the product stores. The database keeps them as TEXT columns
// (SQLite); these zod enums are the single source of truth for what a column may hold.
import { z } from "zod";
import { HAZARD_SEVERITIES } from "./enum-values";

/** 经营类型: producer (Order 75), seller (Order 76) or both. */
export const OrgKind = z.enum(["producer", "seller", "both"]);
export type OrgKind = z.infer<typeof OrgKind>;

/** Seller's business format, which decides the size thresholds (regulation.md §1.1). */
export const SalesChannel = z.enum(["wholesale", "retail", "both", "online"]);
export type SalesChannel = z.infer<typeof SalesChannel>;

export const SizeClass = z.enum(["large", "medium", "small", "micro"]);
export type SizeClass = z.infer<typeof SizeClass>;

/** 适用情形 of a product: production licence, CCC, mandatory national standard. */
export const ScopeRoute = z.enum(["xk", "ccc", "mandatory_standard", "none"]);
export type ScopeRoute = z.infer<typeof ScopeRoute>;

/** A route a product can hold; a product holds a set of them ([] is 不适用, ScopeRoute "none"). */
export const ProductRoute = z.enum(["xk", "ccc", "mandatory_standard"]);
export type ProductRoute = z.infer<typeof ProductRoute>;

export const Plan = z.enum(["free", "standard", "professional"]);
export type Plan = z.infer<typeof Plan>;

/** 主要负责人 / 质量安全总监 / 质量安全员 / read-only viewer. A member may hold several. */
export const Role = z.enum(["principal", "director", "officer", "viewer"]);
export type Role = z.infer<typeof Role>;

export const MembershipStatus = z.enum(["active", "deactivated"]);
export type MembershipStatus = z.infer<typeof MembershipStatus>;

export const Employment = z.enum(["full_time", "part_time"]);
export type Employment = z.infer<typeof Employment>;

export const SiteType = z.enum(["factory", "workshop", "warehouse", "store", "online_shop", "office"]);
export type SiteType = z.infer<typeof SiteType>;

/** 控制环节 */
export const RiskStage = z.enum(["incoming", "process", "outgoing", "storage", "sales", "management"]);
export type RiskStage = z.infer<typeof RiskStage>;

/** 管控频次 used by the routines (catalog triggers such as perBatch narrow a daily item). */
export const Frequency = z.enum(["daily", "weekly", "monthly"]);
export type Frequency = z.infer<typeof Frequency>;

/** Narrows a daily item: "daily + perBatch" = check each batch handled that day. */
export const CatalogTrigger = z.enum(["perBatch", "perUnit", "perLot", "perDelivery", "perSale", "perSupplierChange"]);
export type CatalogTrigger = z.infer<typeof CatalogTrigger>;

export const RiskLevel = z.enum(["low", "general", "significant", "major"]);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const RiskItemStatus = z.enum(["active", "retired"]);
export type RiskItemStatus = z.infer<typeof RiskItemStatus>;

/** Daily check entry result: 符合 / 不符合 / 不适用. */
export const CheckResult = z.enum(["ok", "problem", "not_applicable"]);
export type CheckResult = z.infer<typeof CheckResult>;

/** Status of a signed statutory record (daily/weekly/monthly). */
export const RecordStatus = z.enum(["draft", "submitted", "amended"]);
export type RecordStatus = z.infer<typeof RecordStatus>;

export const OperatingStatus = z.enum(["operating", "not_operating"]);
export type OperatingStatus = z.infer<typeof OperatingStatus>;

/** 隐患等级: 一般 / 较大 / 重大. */
export const HazardSeverity = z.enum(HAZARD_SEVERITIES);
export type HazardSeverity = z.infer<typeof HazardSeverity>;

/** Hazard lifecycle: open → rectifying → awaiting_verification → closed (销号). */
export const HazardStatus = z.enum(["open", "rectifying", "awaiting_verification", "closed"]);
export type HazardStatus = z.infer<typeof HazardStatus>;

/** 调度任务 (a monthly-meeting decision to carry out, docs/decisions/024): not a hazard status. */
export const MeetingTaskStatus = z.enum(["open", "in_progress", "done"]);
export type MeetingTaskStatus = z.infer<typeof MeetingTaskStatus>;

export const HazardSource = z.enum([
  "daily_check",
  "weekly_screening",
  "monthly_meeting",
  "erp_inspection",
  "supervision_sampling",
  "certificate",
  /** 未检验出厂: a batch released or shipped without a passing outgoing inspection. */
  "release_check",
  "manual",
  "purchase_check",
]);
export type HazardSource = z.infer<typeof HazardSource>;

export const InspectionKind = z.enum(["incoming", "outgoing"]);
export type InspectionKind = z.infer<typeof InspectionKind>;

/** 检验结论: 合格 / 不合格 / 让步接收 (incoming only) / 待检. */
export const InspectionResult = z.enum(["pass", "fail", "concession", "pending"]);
export type InspectionResult = z.infer<typeof InspectionResult>;

export const TestLineResult = z.enum(["pass", "fail", "na"]);
export type TestLineResult = z.infer<typeof TestLineResult>;

export const SupplierType = z.enum(["raw_material", "component", "goods"]);
export type SupplierType = z.infer<typeof SupplierType>;

export const CertificateStatus = z.enum(["valid", "suspended", "revoked", "cancelled", "expired"]);
export type CertificateStatus = z.infer<typeof CertificateStatus>;

export const ProposalType = z.enum(["stop_production", "stop_sales", "recall", "suggestion"]);
export type ProposalType = z.infer<typeof ProposalType>;

export const ProposalDecision = z.enum(["adopted", "partially_adopted", "rejected"]);
export type ProposalDecision = z.infer<typeof ProposalDecision>;

export const SamplingType = z.enum([
  "national",
  "provincial",
  "municipal",
  "county",
  "risk_monitoring",
  "special_action",
]);
export type SamplingType = z.infer<typeof SamplingType>;

export const SamplingConclusion = z.enum(["pass", "fail"]);
export type SamplingConclusion = z.infer<typeof SamplingConclusion>;

export const MajorRiskReportStatus = z.enum(["draft", "submitted", "acknowledged"]);
export type MajorRiskReportStatus = z.infer<typeof MajorRiskReportStatus>;

export const AgencyLevel = z.enum(["province", "city", "district", "station"]);
export type AgencyLevel = z.infer<typeof AgencyLevel>;

/** Ledgers an enterprise can grant a regulator. */
export const Ledger = z.enum([
  "daily",
  "weekly",
  "monthly",
  "hazards",
  "inspections",
  "sampling",
  "certificates",
  "risk_list",
  "people",
  "purchases",
  "sales",
  "proposals",
  "training",
]);
export type Ledger = z.infer<typeof Ledger>;

export const ApiScope = z.enum(["records:read", "records:write"]);
export type ApiScope = z.infer<typeof ApiScope>;

/** What an audit row is about (AuditEvent.entityType): the snake_case name of the record's table. */
export const AuditEntityType = z.enum([
  "access_grant",
  "api_key",
  "attachment",
  "billing_account",
  "billing_grant",
  "ccc_certificate",
  "daily_check_entry",
  "daily_check_run",
  "hazard",
  "inspection_import_mapping",
  "inspection_record",
  "invitation",
  "major_risk_report",
  "meeting_task",
  "membership",
  "monthly_meeting",
  "org_size_figure",
  "organization",
  "product",
  "production_licence",
  "purchase_check",
  "regulator_agency",
  "regulator_user",
  "risk_control_item",
  "risk_control_list",
  "risk_list_version",
  "org_robot_channel",
  "role_assignment",
  "sale_record",
  "sampling_result",
  "shipment",
  "site",
  "staff_proposal",
  "supplier",
  "supplier_document",
  "system",
  "training_record",
  "user",
  "webhook_endpoint",
  "weekly_report",
]);
export type AuditEntityType = z.infer<typeof AuditEntityType>;

// ---- Added with the contracts schemas (templates.md field enums not covered above). ----

/** 检查方式 of a risk-control item (templates.md §1.2). */
export const CheckMethod = z.enum(["visual", "document", "measurement", "test", "record", "online_lookup"]);
export type CheckMethod = z.infer<typeof CheckMethod>;

/** 处理结果 of a non-conforming daily check entry (templates.md §2.2). */
export const ProblemHandling = z.enum(["resolved_on_site", "escalated", "rectification_opened"]);
export type ProblemHandling = z.infer<typeof ProblemHandling>;

/** 上报对象 when a daily record is not zero-risk. */
export const ReportedTo = z.enum(["director", "principal"]);
export type ReportedTo = z.infer<typeof ReportedTo>;

/** 总体评价 of a weekly screening report. */
export const WeeklyRating = z.enum(["good", "generally_good", "needs_improvement"]);
export type WeeklyRating = z.infer<typeof WeeklyRating>;

/** 供方评价 (templates.md §0.1 Supplier.evaluation). */
export const SupplierEvaluation = z.enum(["qualified", "conditional", "disqualified"]);
export type SupplierEvaluation = z.infer<typeof SupplierEvaluation>;

/** 随货证明文件 checked on an incoming inspection (templates.md §5). */
export const IncomingDocument = z.enum([
  "conformity_certificate",
  "inspection_report",
  "ccc_certificate",
  "xk_licence",
  "coa",
  "sds",
]);
export type IncomingDocument = z.infer<typeof IncomingDocument>;

/** 不合格处置 of an incoming lot. */
export const NonConformityHandling = z.enum(["return", "quarantine", "scrap"]);
export type NonConformityHandling = z.infer<typeof NonConformityHandling>;

/** 放行 decision of an outgoing (factory) inspection. */
export const ReleaseDecision = z.enum(["released", "held", "reworked", "scrapped"]);

/** What a shipment record says happened to a batch: 出厂放行 or 发货. */
export const ShipmentEvent = z.enum(["released", "shipped"]);
export type ShipmentEvent = z.infer<typeof ShipmentEvent>;
export type ReleaseDecision = z.infer<typeof ReleaseDecision>;

export const PassFail = z.enum(["pass", "fail"]);
export type PassFail = z.infer<typeof PassFail>;

/** 抽样地点(环节) of a supervision sampling (templates.md §11). */
export const SamplingLocation = z.enum(["production", "circulation", "ecommerce"]);
export type SamplingLocation = z.infer<typeof SamplingLocation>;

/** 不合格项目 severity on a sampling report: 严重 / 一般. */
export const FailedItemSeverity = z.enum(["serious", "general"]);
export type FailedItemSeverity = z.infer<typeof FailedItemSeverity>;

/** Containment taken for a major quality-safety risk (regulation.md §4). */
export const ContainmentAction = z.enum([
  "stop_production",
  "stop_sales",
  "recall",
  "quarantine",
  "notify_sellers",
  "notify_users",
]);
export type ContainmentAction = z.infer<typeof ContainmentAction>;

// ---- Sellers (Order 76): supplier register, 进货查验记录, 销售台账. ----

/** A supplier's qualification document (供货者资质): 生产许可证, CCC 证书, 营业执照, other. */
export const SupplierDocumentKind = z.enum(["xk_licence", "ccc_certificate", "business_licence", "other"]);
export type SupplierDocumentKind = z.infer<typeof SupplierDocumentKind>;

/** How a document that travels with a delivery was found: 齐全有效 / 缺失 / 不符或无效. */
export const DocumentCheck = z.enum(["ok", "missing", "invalid"]);
export type DocumentCheck = z.infer<typeof DocumentCheck>;

/** 标识与证书一致性 (marking on the goods vs. the certificate / licence). */
export const MarkingCheck = z.enum(["consistent", "inconsistent"]);
export type MarkingCheck = z.infer<typeof MarkingCheck>;

/** 查验结论 of a delivery. */
export const PurchaseConclusion = z.enum(["accepted", "rejected", "quarantined"]);
export type PurchaseConclusion = z.infer<typeof PurchaseConclusion>;

/** What a purchase check found wrong; any of them opens a hazard and forbids "accepted". */
export const PurchaseProblem = z.enum([
  "conformity_missing",
  "conformity_invalid",
  "report_missing",
  "report_invalid",
  "ccc_missing",
  "ccc_expired",
  "xk_missing",
  "marking_inconsistent",
]);
export type PurchaseProblem = z.infer<typeof PurchaseProblem>;

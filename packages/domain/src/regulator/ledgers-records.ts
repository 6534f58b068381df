// Hazards, inspection records, supervision samplings, licences/CCC, the risk list and the
// appointed people as ledger tables. Phone and ID numbers are never shown to regulators here.
import {
  CERTIFICATE_STATUS_ZH,
  CERTIFICATE_TYPE_ZH,
  EMPLOYMENT_ZH,
  RECHECK_RESULT_ZH,
  HAZARD_SEVERITY_ZH,
  HAZARD_SOURCE_ZH,
  HAZARD_STATUS_ZH,
  INSPECTION_KIND_ZH,
  INSPECTION_RESULT_ZH,
  RISK_LIST_COLUMNS,
  ROLE_ZH,
  riskListRowZh,
  localDate,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { COUNTED_HAZARDS, hazardWhere } from "../hazards/ledger.ts";
import { inForceVersion } from "../risk-list/items.ts";
import { coded, cols, when, yesNo, type LedgerFilter, type LedgerTable } from "./table.ts";

export async function hazardsTable(
  db: Db,
  orgId: string,
  f: LedgerFilter,
  timeZone: string,
  now: Date,
): Promise<LedgerTable> {
  const today = localDate(now, timeZone);
  const where = hazardWhere(
    orgId,
    {
      from: f.from,
      to: f.to,
      ...(f.siteId ? { siteId: f.siteId } : {}),
      ...(f.productId ? { productId: f.productId } : {}),
    },
    today,
    timeZone,
  );
  const status =
    f.result === "closed" ? { status: "closed" } : f.result === "open" ? { status: { not: "closed" } } : {};
  const rows = await db.hazard.findMany({
    // Decisions booked as hazards before the task ledger are not hazards (docs/decisions/024).
    where: { AND: [where, status, COUNTED_HAZARDS] },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      hazardNo: true,
      source: true,
      title: true,
      severity: true,
      status: true,
      dueDate: true,
      createdAt: true,
      closedAt: true,
      correctiveAction: true,
      owner: { select: { name: true } },
      site: { select: { name: true } },
      product: { select: { name: true } },
    },
  });
  return {
    columns: cols([
      ["hazardNo", "隐患编号"],
      ["foundAt", "发现时间"],
      ["source", "来源"],
      ["title", "隐患描述"],
      ["severity", "等级"],
      ["site", "场所"],
      ["product", "产品"],
      ["owner", "整改责任人"],
      ["dueDate", "整改期限"],
      ["status", "状态"],
      ["overdue", "逾期"],
      ["correctiveAction", "整改措施"],
      ["closedAt", "销号时间"],
    ]),
    rows: rows.map((h) => ({
      id: h.id,
      cells: [
        h.hazardNo,
        when(h.createdAt, timeZone),
        coded("hazardSource", HAZARD_SOURCE_ZH, h.source),
        h.title,
        coded("hazardSeverity", HAZARD_SEVERITY_ZH, h.severity),
        h.site?.name ?? "",
        h.product?.name ?? "",
        h.owner?.name ?? "",
        h.dueDate,
        coded("hazardStatus", HAZARD_STATUS_ZH, h.status),
        yesNo(h.status !== "closed" && h.dueDate < today),
        h.correctiveAction ?? "",
        when(h.closedAt, timeZone),
      ],
    })),
  };
}

export async function inspectionsTable(db: Db, orgId: string, f: LedgerFilter): Promise<LedgerTable> {
  const rows = await db.inspectionRecord.findMany({
    where: {
      organizationId: orgId,
      inspectionDate: { gte: f.from, lte: f.to },
      ...(f.siteId ? { siteId: f.siteId } : {}),
      ...(f.productId ? { productId: f.productId } : {}),
      ...(f.result === "pass" || f.result === "fail" ? { result: f.result } : {}),
    },
    orderBy: [{ inspectionDate: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      kind: true,
      inspectionDate: true,
      itemName: true,
      specModel: true,
      batchNo: true,
      quantity: true,
      unit: true,
      result: true,
      disposition: true,
      inspector: true,
      revision: true,
      supplier: { select: { name: true } },
      site: { select: { name: true } },
    },
  });
  return {
    columns: cols([
      ["kind", "类别"],
      ["date", "检验日期"],
      ["item", "物料/产品"],
      ["specModel", "规格型号"],
      ["batchNo", "批号"],
      ["quantity", "数量"],
      ["supplier", "供方"],
      ["site", "场所"],
      ["result", "检验结论"],
      ["disposition", "处置"],
      ["inspector", "检验员"],
      ["revision", "版本"],
    ]),
    rows: rows.map((r) => ({
      id: r.id,
      cells: [
        coded("inspectionKind", INSPECTION_KIND_ZH, r.kind),
        r.inspectionDate,
        r.itemName,
        r.specModel,
        r.batchNo,
        `${r.quantity} ${r.unit}`,
        r.supplier?.name ?? "",
        r.site?.name ?? "",
        coded("inspectionResult", INSPECTION_RESULT_ZH, r.result),
        r.disposition ?? "",
        r.inspector,
        `v${r.revision}`,
      ],
    })),
  };
}

export async function samplingTable(db: Db, orgId: string, f: LedgerFilter): Promise<LedgerTable> {
  const rows = await db.samplingResult.findMany({
    where: {
      organizationId: orgId,
      samplingDate: { gte: f.from, lte: f.to },
      ...(f.productId ? { productId: f.productId } : {}),
      ...(f.result === "pass" || f.result === "fail" ? { conclusion: f.result } : {}),
    },
    orderBy: { samplingDate: "asc" },
    select: {
      id: true,
      samplingDate: true,
      organizingAuthority: true,
      productName: true,
      specModel: true,
      batchNoOrDate: true,
      reportNo: true,
      conclusion: true,
      failedItemsJson: true,
      regulatorOrderNo: true,
      rectificationDeadline: true,
      recheckResult: true,
    },
  });
  return {
    columns: cols([
      ["date", "抽样日期"],
      ["authority", "组织抽查部门"],
      ["product", "产品名称"],
      ["specModel", "规格型号"],
      ["batch", "生产日期/批号"],
      ["reportNo", "检验报告编号"],
      ["conclusion", "检验结论"],
      ["failedItems", "不合格项目"],
      ["orderNo", "责令整改通知书"],
      ["deadline", "整改期限"],
      ["followUp", "复查结果"],
    ]),
    rows: rows.map((r) => {
      const failed = (JSON.parse(r.failedItemsJson) as Array<{ item?: string }>)
        .map((i) => i.item ?? "")
        .filter(Boolean)
        .join("；");
      return {
        id: r.id,
        cells: [
          r.samplingDate,
          r.organizingAuthority,
          r.productName,
          r.specModel,
          r.batchNoOrDate,
          r.reportNo,
          coded("inspectionResult", INSPECTION_RESULT_ZH, r.conclusion),
          failed,
          r.regulatorOrderNo ?? "",
          r.rectificationDeadline ?? "",
          coded("recheckResult", RECHECK_RESULT_ZH, r.recheckResult),
        ],
      };
    }),
  };
}

/** A licence or CCC certificate as the dossier lists it: codes and dates, worded by the reader. */
export interface CertificateRow {
  id: string;
  type: "licence" | "ccc";
  number: string;
  scope: string;
  issuer: string;
  issueDate: string;
  expiryDate: string;
  status: string;
}

export async function certificateRows(db: Db, orgId: string): Promise<CertificateRow[]> {
  const [licences, ccc] = await Promise.all([
    db.productionLicence.findMany({
      where: { organizationId: orgId, retiredAt: null },
      orderBy: { expiryDate: "asc" },
      select: {
        id: true,
        licenceNo: true,
        productScope: true,
        issuer: true,
        issueDate: true,
        expiryDate: true,
        status: true,
      },
    }),
    db.cccCertificate.findMany({
      where: { organizationId: orgId, retiredAt: null },
      orderBy: { expiryDate: "asc" },
      select: {
        id: true,
        certNo: true,
        productName: true,
        model: true,
        issuer: true,
        issueDate: true,
        expiryDate: true,
        status: true,
      },
    }),
  ]);
  return [
    ...licences.map((l) => ({
      id: l.id,
      type: "licence" as const,
      number: l.licenceNo,
      scope: l.productScope,
      issuer: l.issuer,
      issueDate: l.issueDate,
      expiryDate: l.expiryDate,
      status: l.status,
    })),
    ...ccc.map((c) => ({
      id: c.id,
      type: "ccc" as const,
      number: c.certNo,
      scope: `${c.productName} ${c.model}`,
      issuer: c.issuer,
      issueDate: c.issueDate,
      expiryDate: c.expiryDate,
      status: c.status,
    })),
  ];
}

/** The certificates worded in Chinese (the ledger view and the exports). */
export function certificatesTable(rows: readonly CertificateRow[]): LedgerTable {
  return {
    columns: cols([
      ["type", "类别"],
      ["number", "证书编号"],
      ["scope", "产品/范围"],
      ["issuer", "发证/认证机构"],
      ["issueDate", "发证日期"],
      ["expiryDate", "有效期至"],
      ["status", "状态"],
    ]),
    rows: rows.map((r) => ({
      id: r.id,
      cells: [
        coded("certificateType", CERTIFICATE_TYPE_ZH, r.type),
        r.number,
        r.scope,
        r.issuer,
        r.issueDate,
        r.expiryDate,
        coded("certificateStatus", CERTIFICATE_STATUS_ZH, r.status),
      ],
    })),
  };
}

export async function riskListTable(db: Db, orgId: string): Promise<LedgerTable> {
  const list = await db.riskControlList.findUnique({
    where: { organizationId: orgId },
    select: { id: true, currentVersion: true },
  });
  // The regulator sees the version in force (the highest approved), not a draft awaiting 批准.
  const v = list ? await inForceVersion(db, orgId, list.id) : 0;
  const items = list
    ? await db.riskControlItem.findMany({
        where: {
          organizationId: orgId,
          listId: list.id,
          introducedInVersion: { lte: v },
          OR: [{ retiredInVersion: null }, { retiredInVersion: { gt: v } }],
        },
        orderBy: { seq: "asc" },
        select: {
          id: true,
          stage: true,
          riskPoint: true,
          riskCategory: true,
          riskLevel: true,
          consequence: true,
          controlMeasure: true,
          checkMethod: true,
          acceptanceCriterion: true,
          basis: true,
          frequency: true,
          trigger: true,
          responsibleRole: true,
          responsibleUser: { select: { name: true } },
        },
      })
    : [];
  // The columns of 《工业产品质量安全风险管控清单》, as the enterprise's print view and XLSX show them.
  return {
    columns: RISK_LIST_COLUMNS.map((c) => ({ key: c.key, zh: c.zh })),
    rows: items.map(({ responsibleUser, ...i }, index) => {
      const row = riskListRowZh({ ...i, responsibleName: responsibleUser?.name ?? null }, index);
      return { id: i.id, cells: RISK_LIST_COLUMNS.map((c) => row[c.key]) };
    }),
  };
}

/** An appointment as the dossier lists it (no ID or phone number: only whether an ID is on file). */
export interface PersonRow {
  id: string;
  role: string;
  name: string;
  employment: string;
  appointedOn: string;
  endedOn: string | null;
  idOnFile: boolean;
  dutyAcknowledged: boolean;
}

export async function personRows(db: Db, orgId: string): Promise<PersonRow[]> {
  const rows = await db.roleAssignment.findMany({
    where: { organizationId: orgId },
    orderBy: [{ role: "asc" }, { appointedOn: "desc" }],
    select: {
      id: true,
      role: true,
      personName: true,
      employment: true,
      appointedOn: true,
      endedOn: true,
      idNumberEnc: true,
      dutyDocAckAt: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    name: r.personName,
    employment: r.employment,
    appointedOn: r.appointedOn,
    endedOn: r.endedOn,
    idOnFile: r.idNumberEnc !== null,
    dutyAcknowledged: r.dutyDocAckAt !== null,
  }));
}

/** The appointments worded in Chinese (the ledger view and the exports). */
export function peopleTable(rows: readonly PersonRow[]): LedgerTable {
  return {
    columns: cols([
      ["role", "岗位"],
      ["name", "姓名"],
      ["employment", "专兼职"],
      ["appointedOn", "任命日期"],
      ["endedOn", "离任日期"],
      ["idOnFile", "身份证号已登记"],
      ["dutyAck", "职责告知已签收"],
    ]),
    rows: rows.map((r) => ({
      id: r.id,
      cells: [
        coded("role", ROLE_ZH, r.role),
        r.name,
        coded("employment", EMPLOYMENT_ZH, r.employment === "full_time" ? "full_time" : "part_time"),
        r.appointedOn,
        r.endedOn ?? "",
        yesNo(r.idOnFile),
        yesNo(r.dutyAcknowledged),
      ],
    })),
  };
}

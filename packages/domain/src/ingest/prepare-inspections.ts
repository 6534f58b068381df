// Step 1 of an inspection push, outside the transaction: validate every record on its own,
// refuse duplicates within the batch, resolve site / supplier / product codes and compute the
// canonical content hash. Bad records become `rejected` results; good ones become rows.
import {
  IncomingInspectionUpsertSchema,
  OutgoingInspectionUpsertSchema,
  outgoingCompletenessIssues,
  t,
  type IncomingInspectionUpsert,
  type InspectionKind,
  type OutgoingInspectionUpsert,
  type RecordPushResult,
} from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { contentHash } from "./canonical.ts";
import type { InspectionWriter } from "./context.ts";
import { codeIssue, zodRecordIssues } from "./issues.ts";
import { loadRefs } from "./refs.ts";

export interface PreparedLine {
  seq: number;
  item: string;
  requirement: string;
  measured: string;
  unit: string | null;
  result: string;
}

export interface PreparedHeader {
  kind: InspectionKind;
  externalId: string;
  siteId: string | null;
  productId: string | null;
  supplierId: string | null;
  itemName: string;
  specModel: string;
  batchNo: string;
  quantity: number;
  unit: string;
  productionDate: string | null;
  isKeyComponent: boolean | null;
  inspectedAt: Date;
  inspectionDate: string;
  result: string;
  disposition: string | null;
  inspector: string;
  standardNo: string | null;
  sampleSize: string | null;
  remarks: string | null;
  detailsJson: string;
}

export interface PreparedRecord {
  index: number;
  header: PreparedHeader;
  lines: PreparedLine[];
  hash: string;
}

export interface Prepared {
  records: PreparedRecord[];
  rejected: RecordPushResult[];
}

type Parsed = IncomingInspectionUpsert | OutgoingInspectionUpsert;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Local calendar day of an instant; one cached formatter per time zone (this runs per record). */
function localDay(instant: Date, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(instant)) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function externalIdOf(raw: unknown): string | null {
  if (typeof raw !== "object" || raw === null) return null;
  const id = (raw as Record<string, unknown>).externalId;
  return typeof id === "string" ? id.trim() : null;
}

const compact = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function detailsOf(r: Parsed): Record<string, unknown> {
  if ("materialName" in r) {
    return compact({
      receiptDate: r.receiptDate,
      manufacturerName: r.manufacturerName,
      documentsChecked: r.documentsChecked,
      supplierCertValid: r.supplierCertValid,
      nonConformityHandling: r.nonConformityHandling,
      siteCode: r.siteCode,
    });
  }
  return compact({
    releaseDecision: r.releaseDecision,
    markingCheck: r.markingCheck,
    certificateOfConformityNo: r.certificateOfConformityNo,
    approver: r.approver,
    siteCode: r.siteCode,
  });
}

export async function prepareInspections(
  db: Db,
  caller: InspectionWriter,
  timeZone: string,
  kind: InspectionKind,
  raw: readonly unknown[],
): Promise<Prepared> {
  const schema = kind === "incoming" ? IncomingInspectionUpsertSchema : OutgoingInspectionUpsertSchema;
  const rejected: RecordPushResult[] = [];
  const valid: { index: number; record: Parsed }[] = [];
  const seen = new Set<string>();
  raw.forEach((input, index) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      rejected.push({
        index,
        externalId: externalIdOf(input),
        status: "rejected",
        issues: zodRecordIssues(parsed.error, caller.locale),
      });
      return;
    }
    if (seen.has(parsed.data.externalId)) {
      const issue = { path: "externalId", code: "VALIDATION_FAILED", message: t("field.duplicate", caller.locale) };
      rejected.push({ index, externalId: parsed.data.externalId, status: "rejected", issues: [issue] });
      return;
    }
    seen.add(parsed.data.externalId);
    valid.push({ index, record: parsed.data });
  });

  const refs = await loadRefs(db, caller.organizationId, {
    siteCodes: [],
    siteIds: [],
    supplierExternalIds: [
      ...new Set(valid.flatMap(({ record }) => ("supplierExternalId" in record ? [record.supplierExternalId] : []))),
    ],
    productCodes: [...new Set(valid.flatMap(({ record }) => ("productCode" in record ? [record.productCode] : [])))],
  });

  const records: PreparedRecord[] = [];
  for (const { index, record } of valid) {
    const reject = (issue: ReturnType<typeof codeIssue>) =>
      rejected.push({ index, externalId: record.externalId, status: "rejected", issues: [issue] });
    let siteId = caller.siteId ?? refs.defaultSiteId;
    if (record.siteCode !== undefined) {
      const site = refs.sites.get(record.siteCode);
      if (!site) {
        reject(codeIssue("siteCode", "SITE_CODE_UNKNOWN", caller.locale, { siteCode: record.siteCode }));
        continue;
      }
      if (caller.siteId && site.id !== caller.siteId) {
        const own = refs.siteById.get(caller.siteId)?.code ?? caller.siteId;
        reject(codeIssue("siteCode", "API_KEY_SITE_MISMATCH", caller.locale, { siteCode: own }));
        continue;
      }
      siteId = site.id;
    }
    let supplierId: string | null = null;
    let productId: string | null = null;
    let itemName: string;
    if ("materialName" in record) {
      const supplier = refs.suppliers.get(record.supplierExternalId);
      if (!supplier) {
        reject(
          codeIssue("supplierExternalId", "SUPPLIER_EXTERNAL_ID_UNKNOWN", caller.locale, {
            externalId: record.supplierExternalId,
          }),
        );
        continue;
      }
      supplierId = supplier.id;
      itemName = record.materialName;
    } else {
      const product = refs.products.get(record.productCode);
      if (!product) {
        reject(codeIssue("productCode", "PRODUCT_CODE_UNKNOWN", caller.locale, { productCode: record.productCode }));
        continue;
      }
      // 出厂检验记录不全: refused with every missing part named (docs/decisions/018)
      const incomplete = outgoingCompletenessIssues(record, product);
      if (incomplete.length > 0) {
        rejected.push({
          index,
          externalId: record.externalId,
          status: "rejected",
          issues: incomplete.map((i) => ({
            path: i.path,
            code: "RECORD_INCOMPLETE",
            message: t(i.key, caller.locale, i.params ?? {}),
          })),
        });
        continue;
      }
      productId = product.id;
      itemName = product.name;
    }
    const inspectedAt = new Date(record.inspectedAt);
    const header: PreparedHeader = {
      kind,
      externalId: record.externalId,
      siteId,
      productId,
      supplierId,
      itemName,
      specModel: record.specModel,
      batchNo: record.batchNo,
      quantity: record.quantity,
      unit: record.unit,
      productionDate: record.productionDate ?? null,
      isKeyComponent: "isKeyComponent" in record ? (record.isKeyComponent ?? null) : null,
      inspectedAt,
      inspectionDate: localDay(inspectedAt, timeZone),
      result: record.result,
      disposition: "materialName" in record ? (record.nonConformityHandling ?? null) : (record.releaseDecision ?? null),
      inspector: record.inspector,
      standardNo: record.standardNo,
      sampleSize: record.sampleSize ?? null,
      remarks: record.remarks ?? null,
      detailsJson: JSON.stringify(detailsOf(record)),
    };
    const lines = record.lines.map((l, i) => ({
      seq: i + 1,
      item: l.item,
      requirement: l.requirement ?? "",
      measured: l.measured ?? "",
      unit: l.unit ?? null,
      result: l.result,
    }));
    records.push({ index, header, lines, hash: contentHash({ kind, siteId, record }) });
  }
  return { records, rejected };
}

// Mapping from a Kingdee-style ERP export (JSON lines, F-prefixed fields) to Anzhi records.
// Adapt the field names to your ERP; the SDK validates every record before sending it.

const RESULT = { 合格: "pass", 不合格: "fail", 让步接收: "concession", 待检: "pending" };
const LINE_RESULT = { 合格: "pass", 不合格: "fail", 不适用: "na" };
const HANDLING = { 退货: "return", 隔离: "quarantine", 报废: "scrap" };
const RELEASE = { 放行: "released", 暂扣: "held", 返工: "reworked", 报废: "scrapped" };
const PASS_FAIL = { 合格: "pass", 不合格: "fail" };
const SUPPLIER_TYPE = { 原材料: "raw_material", 零部件: "component", 外购成品: "goods" };

/** ERP local time "YYYY-MM-DD HH:mm:ss" (China time) → ISO 8601 with offset. */
export function chinaTime(local) {
  return `${local.replace(" ", "T")}+08:00`;
}

function lines(items = []) {
  return items.map((i) => ({
    item: i.name,
    requirement: i.req,
    measured: String(i.val ?? ""),
    unit: i.unit || undefined,
    result: LINE_RESULT[i.ok] ?? "na",
  }));
}

export function supplier(row) {
  return {
    externalId: row.FNumber,
    name: row.FName,
    uscc: row.FSocialCreditCode || undefined,
    type: SUPPLIER_TYPE[row.FCategory] ?? "raw_material",
    contactName: row.FContact || undefined,
    contactPhone: row.FPhone || undefined,
  };
}

export function incoming(row) {
  return {
    externalId: row.FBillNo,
    materialName: row.FMaterialName,
    specModel: row.FSpec,
    batchNo: row.FLot,
    supplierExternalId: row.FSupplier,
    quantity: Number(row.FQty),
    unit: row.FUnit,
    receiptDate: row.FReceiveDate,
    inspectedAt: chinaTime(row.FInspectTime),
    result: RESULT[row.FResult] ?? row.FResult,
    nonConformityHandling: HANDLING[row.FHandling],
    inspector: row.FInspector,
    standardNo: row.FStandard,
    lines: lines(row.FItems),
  };
}

export function outgoing(row) {
  return {
    externalId: row.FBillNo,
    productCode: row.FProductCode,
    specModel: row.FSpec,
    batchNo: row.FLot,
    quantity: Number(row.FQty),
    unit: row.FUnit,
    inspectedAt: chinaTime(row.FInspectTime),
    result: RESULT[row.FResult] ?? row.FResult,
    releaseDecision: RELEASE[row.FRelease],
    // 标识/CCC标志核对 and 审核人: an outgoing record without them is refused as incomplete
    markingCheck: PASS_FAIL[row.FMarkCheck],
    approver: row.FApprover || undefined,
    inspector: row.FInspector,
    standardNo: row.FStandard,
    lines: lines(row.FItems),
  };
}

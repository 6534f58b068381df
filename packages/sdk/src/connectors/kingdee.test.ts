import { describe, expect, it } from "vitest";
import {
  billQueryRows,
  chinaDateTime,
  incomingInspectionsFromReceiveBill,
  localDate,
  materialIndex,
  purchaseReceiptsFromInStock,
  RECEIVE_BILL_FIELD_KEYS,
} from "./kingdee";

const KEYS =
  "FBillNo,FDate,FSupplierId.FNumber,FInStockEntry_FEntryID,FMaterialId.FNumber,FLot.FNumber,FRealQty,FUnitID.FName";
const quality = {
  conformityCertificate: { value: "ok" },
  inspectionReport: { value: "ok" },
  markingCheck: { value: "consistent" },
  conclusion: { value: "accepted" },
  checkedBy: { value: "张质检" },
};
const materials = materialIndex(
  billQueryRows(["FNumber", "FName", "FSpecification", "FBaseUnitId.FName"], [["M1", "充电器", "54.6V3A", "台"]]),
);

describe("billQueryRows", () => {
  it("names ExecuteBillQuery columns by FieldKeys and refuses rows of another length", () => {
    expect(billQueryRows("FBillNo, FDate", [["A", "2026-11-20T00:00:00"]])).toEqual([
      { FBillNo: "A", FDate: "2026-11-20T00:00:00" },
    ]);
    expect(() => billQueryRows("FBillNo,FDate", [["A"]])).toThrow(/1 values for 2 FieldKeys/);
  });
});

describe("date conversion", () => {
  it("reads Kingdee dates and China local date-times", () => {
    expect(localDate("2026-11-20T00:00:00")).toBe("2026-11-20");
    expect(localDate("2026/1/5 0:00:00")).toBe("2026-01-05");
    expect(chinaDateTime("2026-11-20 9:30:00")).toBe("2026-11-20T09:30:00+08:00");
    expect(chinaDateTime("2026-11-20T09:30:00Z")).toBe("2026-11-20T09:30:00Z");
    expect(chinaDateTime("yesterday")).toBe("yesterday");
  });
});

describe("purchaseReceiptsFromInStock", () => {
  const row = ["CGRK1", "2026-11-20T00:00:00", "V-1", 7, "M1", "L1", "1,200", "台"];
  it("maps a line to a purchase receipt keyed FBillNo#FEntryID, names from BD_MATERIAL", () => {
    const { records, issues } = purchaseReceiptsFromInStock(billQueryRows(KEYS, [row]), { materials, quality });
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({
      externalId: "CGRK1#7",
      supplierExternalId: "V-1",
      productName: "充电器",
      specModel: "54.6V3A",
      batchNo: "L1",
      quantity: 1200,
      unit: "台",
      purchaseDate: "2026-11-20",
    });
  });

  it("reports a row it cannot map with the Kingdee field, and takes overrides (lot management off)", () => {
    const rows = billQueryRows(KEYS, [row.map((v, i) => (i === 5 ? "" : i === 1 ? "20.11.2026" : v))]);
    const { records, issues } = purchaseReceiptsFromInStock(rows, { materials, quality });
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.billNo, i.field, i.sourceField, i.value])).toEqual([
      ["CGRK1", "batchNo", "FLot.FNumber", undefined],
      ["CGRK1", "purchaseDate", "FDate", "20.11.2026"],
    ]);
    // Messages are the server's, localised (zh-CN by default), not message keys.
    expect(issues[1]?.message).not.toMatch(/^[a-z_.]+$/);
    const noLots = purchaseReceiptsFromInStock(rows, {
      materials,
      quality,
      fields: { batchNo: (r) => r["FBillNo"], purchaseDate: { value: "2026-11-20" } },
    });
    expect(noLots.issues).toEqual([]);
    expect(noLots.records[0]?.batchNo).toBe("CGRK1");
  });

  it("reports a quality field left unmapped as such", () => {
    const { issues } = purchaseReceiptsFromInStock(billQueryRows(KEYS, [row]), {
      materials,
      quality: { ...quality, checkedBy: "F_MISSING" },
    });
    expect(issues.map((i) => [i.field, i.sourceField])).toEqual([["checkedBy", "F_MISSING"]]);
  });
});

describe("incomingInspectionsFromReceiveBill", () => {
  it("maps a row queried with RECEIVE_BILL_FIELD_KEYS, the inspection from the integrator's sources", () => {
    const values = ["SLTZ1", "2026-11-20T00:00:00", "V-1", 9, "M1", "充电器", "54.6V3A", "L1", 40, "台"];
    const { records, issues } = incomingInspectionsFromReceiveBill(billQueryRows(RECEIVE_BILL_FIELD_KEYS, [values]), {
      quality: {
        inspectedAt: { value: "2026-11-20 09:30:00" },
        result: { value: "pass" },
        inspector: { value: "王芳" },
        standardNo: { value: "GB 43854-2024" },
      },
    });
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({
      externalId: "SLTZ1#9",
      materialName: "充电器",
      quantity: 40,
      receiptDate: "2026-11-20",
      inspectedAt: "2026-11-20T09:30:00+08:00",
    });
  });
});

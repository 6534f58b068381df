import { describe, expect, it } from "vitest";
import { flattenVoucher, inventoryIndex, salesFromSaleOut } from "./yonyou";

const voucher = {
  code: "XSCK1",
  date: "2026-11-21",
  customercode: "C-1",
  maker: "ERP",
  entry: [
    { ivouchrowno: 1, inventorycode: "I1", serial: "L1", quantity: "2", cmassunitname: "块" },
    { ivouchrowno: 2, inventorycode: "I9", serial: "L2", quantity: 1 },
  ],
};
const buyer = { buyerName: { value: "车行" }, buyerContact: { value: "13800000000" }, destination: { value: "常州" } };

describe("flattenVoucher", () => {
  it("gives one row per line, line fields as entry.<field>; a voucher without lines one header row", () => {
    const rows = flattenVoucher(voucher);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ code: "XSCK1", "entry.inventorycode": "I1", "entry.quantity": "2" });
    expect(rows[0]).not.toHaveProperty("entry");
    expect(flattenVoucher({ code: "X", entry: [] })).toEqual([{ code: "X" }]);
  });
});

describe("salesFromSaleOut", () => {
  it("maps lines keyed code#ivouchrowno and reports the line whose inventory is unknown by U8 field", () => {
    const inventory = inventoryIndex([{ code: "I1", name: "蓄电池", specs: "48V20Ah", ccomunitname: "块" }]);
    const { records, issues } = salesFromSaleOut(flattenVoucher(voucher), { inventory, buyer, locale: "en" });
    expect(records).toEqual([
      expect.objectContaining({
        externalId: "XSCK1#1",
        productName: "蓄电池",
        specModel: "48V20Ah",
        quantity: 2,
        unit: "块",
        saleDate: "2026-11-21",
        recordedBy: "ERP",
      }),
    ]);
    expect(issues.map((i) => [i.billNo, i.field, i.sourceField])).toEqual([
      ["XSCK1", "productName", "entry.inventorycode"],
      ["XSCK1", "specModel", "entry.inventorystd"],
      ["XSCK1", "unit", "entry.cmassunitname"],
    ]);
  });
});

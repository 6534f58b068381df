import { describe, expect, it } from "vitest";
import { CccSaveSchema, LicenceSaveSchema } from "./certificate";

const licence = {
  licenceNo: "（浙）XK06-001-00123",
  holderName: "杭州示例电缆有限公司",
  productScope: "电线电缆",
  issuer: "浙江省市场监督管理局",
  issueDate: "2024-05-01",
  expiryDate: "2029-04-30",
};

const ccc = {
  certNo: "2016010901123456",
  holderName: "深圳示例电子有限公司",
  manufacturerName: "深圳示例电子有限公司",
  factoryName: "深圳示例电子有限公司一厂",
  productScope: "微型计算机",
  issuer: "中国质量认证中心",
  issueDate: "2021-06-01",
  expiryDate: "2026-05-31",
};

describe("LicenceSaveSchema", () => {
  it("normalises the number and defaults the status to valid", () => {
    expect(LicenceSaveSchema.parse(licence)).toMatchObject({
      licenceNo: "(浙)XK06-001-00123",
      status: "valid",
    });
  });

  it("puts an expiry before the issue date on expiryDate", () => {
    const result = LicenceSaveSchema.safeParse({ ...licence, expiryDate: "2024-04-30" });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ message: "date.expiry_before_issue", path: ["expiryDate"] }),
    ]);
  });

  it("accepts issue date = expiry date", () => {
    expect(LicenceSaveSchema.safeParse({ ...licence, expiryDate: "2024-05-01" }).success).toBe(true);
  });

  it("rejects a malformed licence number on its own path", () => {
    const result = LicenceSaveSchema.safeParse({ ...licence, licenceNo: "XK8-001-00001" });
    expect(result.error?.issues[0]).toMatchObject({ message: "licence_no.format", path: ["licenceNo"] });
  });
});

describe("CccSaveSchema", () => {
  it("accepts a certificate and keeps the status given", () => {
    expect(CccSaveSchema.parse({ ...ccc, status: "suspended" }).status).toBe("suspended");
  });

  it("checks the date order on expiryDate", () => {
    const result = CccSaveSchema.safeParse({ ...ccc, expiryDate: "2021-05-31" });
    expect(result.error?.issues[0]).toMatchObject({ message: "date.expiry_before_issue", path: ["expiryDate"] });
  });

  it("rejects a number whose first-issue year is after the issue date", () => {
    const result = CccSaveSchema.safeParse({ ...ccc, certNo: "2022010901123456" });
    expect(result.error?.issues[0]).toMatchObject({ message: "ccc_no.year_after_issue", path: ["certNo"] });
  });

  it("requires the manufacturer and factory", () => {
    const { factoryName: _omitted, ...rest } = ccc;
    const result = CccSaveSchema.safeParse(rest);
    expect(result.error?.issues[0]).toMatchObject({ message: "field.required", path: ["factoryName"] });
  });
});

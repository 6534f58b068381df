// The dossier's values are codes, numbers and booleans (the portal words them in the reader's
// language); the Chinese export words the same values as the statutory file did.
import { describe, expect, it } from "vitest";
import type { Standing } from "../profile/standing.ts";
import { basicZh, directorStatus, dossierTable, systemZh, type Dossier } from "./dossier.ts";

const standing = (over: Partial<Standing>): Standing => ({
  year: 2027,
  figures: null,
  stale: false,
  sizeClass: "small",
  routes: [],
  inScope: true,
  directorRequired: false,
  officerRequired: true,
  principalMayActAsDirector: true,
  directorAppointed: false,
  principalAppointed: true,
  officersAppointed: 0,
  sitesWithoutOfficer: [],
  missing: [],
  ...over,
});

describe("dossier values", () => {
  it("names the director's standing by a code, not a sentence", () => {
    expect(directorStatus(standing({ directorAppointed: true }))).toBe("appointed");
    expect(directorStatus(standing({ directorRequired: true }))).toBe("missing");
    expect(directorStatus(standing({}))).toBe("principalActs");
    expect(directorStatus(standing({ inScope: false }))).toBe("no");
  });

  it("words the structured values in Chinese for the export only", () => {
    expect(basicZh({ key: "kind", value: "producer" })).toEqual(["经营类型", "生产单位"]);
    expect(basicZh({ key: "employees", value: 120, year: 2026 })).toEqual(["从业人员（人）（2026 年度）", "120"]);
    expect(basicZh({ key: "revenue", value: null, year: null })).toEqual(["营业收入（万元）（未填报）", ""]);
    expect(basicZh({ key: "size", value: "medium", year: 2027, stale: true })).toEqual([
      "企业规模（2027 年，依上年度数据）",
      "中型（上年度数据未填报）",
    ]);
    expect(basicZh({ key: "routes", value: [] })).toEqual(["适用情形", "无"]);
    expect(basicZh({ key: "legalRep", value: null })).toEqual(["法定代表人", ""]);
    expect(systemZh({ key: "directorAppointed", value: "missing" })[1]).toBe("否（按上年度规模须任命，缺失）");
    expect(
      systemZh({ key: "officersAppointed", value: { count: 2, required: true, sitesWithoutOfficer: ["二号仓库"] } }),
    ).toEqual(["已任命质量安全员", "是（2 人；未覆盖场所：二号仓库）"]);
    expect(
      systemZh({ key: "officersAppointed", value: { count: 0, required: true, sitesWithoutOfficer: [] } })[1],
    ).toBe("否（须任命，缺失）");
    expect(systemZh({ key: "staffingGaps", value: ["director", "officer"] })[1]).toBe("质量安全总监、质量安全员");
    expect(systemZh({ key: "riskList", value: { inForce: 0, current: 0 } })[1]).toBe("否");
    expect(systemZh({ key: "riskList", value: { inForce: 0, current: 1 } })[1]).toBe("否（第 1 版待批准）");
    expect(systemZh({ key: "riskList", value: { inForce: 2, current: 3 } })[1]).toBe(
      "是（第 2 版现行；第 3 版待批准）",
    );
    expect(systemZh({ key: "dailyMechanism", value: false })).toEqual(["日管控（近 30 日有记录）", "否"]);
  });

  it("flattens the dossier to 部分 / 项目 / 内容 rows", () => {
    const d: Dossier = {
      organizationName: "测试企业",
      basics: [{ key: "name", value: "测试企业" }],
      systems: [{ key: "dutyDocs", value: true }],
      certificates: null,
      people: null,
      suppliers: [{ name: "甲供方", uscc: "", type: "component", mainProducts: "外壳" }],
    };
    expect(dossierTable(d).rows.map((r) => r.cells)).toEqual([
      ["基本信息", "企业名称", "测试企业"],
      ["制度与机制", "职责/守则已签收", "是"],
      ["主要供方", "甲供方", "零部件 | 外壳"],
    ]);
  });
});

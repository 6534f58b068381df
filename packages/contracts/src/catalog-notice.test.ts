// The key-product catalogue carries, by name and verbatim, every product and sub-product that the
// notice 市监质监发〔2023〕53号 lists (as a group or a sub-product name); sub-products the notice
// does not name are marked as additions; every sub-product the notice names has a check item
// specific to it or belongs to a group whose items all apply to it.
import { describe, expect, it } from "vitest";
import { productGroups } from "./catalog";

/** The notice's list, copied verbatim (issue 12). */
const NOTICE: Array<[group: string, subProducts: string[]]> = [
  ["危险化学品", ["溶解乙炔", "工业过氧化氢", "六氟化硫", "丙烯酸", "环氧乙烷", "液氯"]],
  ["危险化学品车载常压罐体", []],
  ["水泥", []],
  ["电线电缆", []],
  ["化肥", []],
  [
    "消防产品",
    ["灭火器", "灭火毯", "灭火贴", "逃生缓降器", "过滤式消防自救呼吸器", "消防应急标志灯具", "消防应急照明灯具"],
  ],
  ["成品油", []],
  ["防爆电气", []],
  ["电动自行车", []],
  ["电动自行车充电器和电池", []],
  ["电动自行车乘员头盔", []],
  [
    "燃气用品",
    ["家用燃气灶", "家用燃气快速热水器", "燃气采暖热水炉", "燃气调压器", "燃气用不锈钢波纹软管", "燃气泄漏报警器"],
  ],
  ["烟花爆竹", []],
  ["老年用品", ["老年内衣", "老人鞋类", "老视成镜", "老年手机", "成人纸尿裤", "电热毯", "坐便椅", "淋浴辅助器"]],
  ["食品用纸包装和容器等制品", []],
  ["电热食品加工设备", []],
  ["农用地膜", []],
  ["安全帽", []],
];

describe("catalogue vs. 市监质监发〔2023〕53号", () => {
  it("has exactly the notice's 18 groups, by name, in its order", () => {
    expect(productGroups.map((g) => g.nameZh)).toEqual(NOTICE.map(([name]) => name));
  });

  for (const [groupName, subs] of NOTICE) {
    if (subs.length === 0) continue;
    it(`${groupName} carries ${subs.join("、")} verbatim, each with its own check item`, () => {
      const group = productGroups.find((g) => g.nameZh === groupName);
      expect(group).toBeDefined();
      const byName = new Map(group?.subProducts.map((s) => [s.nameZh, s]));
      for (const name of subs) {
        const sub = byName.get(name);
        expect(sub, `${groupName}: ${name}`).toBeDefined();
        expect(sub?.addition ?? false).toBe(false);
        const items = group?.checkItems.filter((i) => !i.subProducts || i.subProducts.includes(sub?.id ?? "")) ?? [];
        expect(items.length, `${name} has check items`).toBeGreaterThan(0);
      }
    });
  }

  it("marks every sub-product the notice does not name as an addition", () => {
    const named = new Set(NOTICE.flatMap(([, subs]) => subs));
    for (const g of productGroups)
      for (const s of g.subProducts) expect(s.addition === true, `${g.nameZh}: ${s.nameZh}`).toBe(!named.has(s.nameZh));
  });

  it("item sub-product references name sub-products of their group", () => {
    for (const g of productGroups) {
      const ids = new Set(g.subProducts.map((s) => s.id));
      for (const i of g.checkItems)
        for (const ref of i.subProducts ?? []) expect(ids.has(ref), `${i.id} → ${ref}`).toBe(true);
    }
  });

  it("电热食品加工设备 checks heating, not meat grinders", () => {
    const group = productGroups.find((g) => g.id === "food-processing-equipment");
    const text = JSON.stringify(group);
    expect(text).not.toContain("绞肉");
    expect(text).toContain("防干烧");
  });
});

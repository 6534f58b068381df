// ERP-pushed incoming (进货检验) and outgoing (出厂检验) records for the battery producer, ~300 in
// all, 3–5 test lines each; the planned failures, one concession, one pending and two records
// that an ERP re-push moved to revision 2.
import type { Prisma } from "@anzhi/db";
import type { HazardSpec } from "./hazard-plan.ts";
import type { OrgSeed, SeedCtx } from "./types.ts";
import { atLocal, json, newId, sha256, type Rng } from "./util.ts";

interface Line {
  item: string;
  requirement: string;
  measured: string;
  unit: string | null;
  result: "pass" | "fail" | "na";
}

interface Material {
  name: string;
  spec: string;
  unit: string;
  supplier: string | null;
  product: string | null;
  standard: string;
  qty: (rng: Rng) => number;
  lines: (rng: Rng) => Line[];
}

const fx = (r: Rng, min: number, max: number, digits: number): string => r.float(min, max, digits).toFixed(digits);
const ok = (item: string, requirement: string, measured: string, unit: string | null = null): Line => ({
  item,
  requirement,
  measured,
  unit,
  result: "pass",
});

const MATERIALS: Record<string, Material> = {
  cells: {
    name: "三元锂离子电芯",
    spec: "INR21700-50E 3.6V 5000mAh",
    unit: "只",
    supplier: "cells",
    product: null,
    standard: "GB 43854-2024；Q/HR 012-2024",
    qty: (r) => r.int(8, 24) * 500,
    lines: (r) => [
      ok("外观", "无破损、漏液、变形", "符合"),
      ok("开路电压（OCV）", "3.55–3.65 V", fx(r, 3.58, 3.63, 3), "V"),
      ok("交流内阻", "≤15 mΩ", fx(r, 11.2, 13.9, 1), "mΩ"),
      ok("容量", "≥4900 mAh", String(r.int(4960, 5060)), "mAh"),
      ok("直径", "21.10±0.10 mm", fx(r, 21.04, 21.15, 2), "mm"),
    ],
  },
  bms: {
    name: "锂电池保护板（BMS）",
    spec: "BMS-13S30A 48V 30A",
    unit: "块",
    supplier: "bms",
    product: null,
    standard: "Q/LH J-008-2025",
    qty: (r) => r.int(10, 30) * 100,
    lines: (r) => [
      ok("单体过充保护电压", "4.25±0.025 V", fx(r, 4.236, 4.262, 3), "V"),
      ok("单体过放保护电压", "2.80±0.05 V", fx(r, 2.77, 2.83, 2), "V"),
      ok("短路保护延时", "≤500 μs", String(r.int(180, 320)), "μs"),
      ok("静态功耗", "≤50 μA", String(r.int(18, 35)), "μA"),
    ],
  },
  casing: {
    name: "电池外壳（阻燃PC+ABS）",
    spec: "LH-48系列 上/下壳",
    unit: "套",
    supplier: "casing",
    product: null,
    standard: "Q/LH J-011-2025",
    qty: (r) => r.int(10, 25) * 100,
    lines: (r) => [
      ok("阻燃等级（UL 94）", "V-0", "V-0"),
      ok("壁厚", "≥2.5 mm", fx(r, 2.6, 2.9, 2), "mm"),
      ok("外观", "无缩痕、毛刺、裂纹", "符合"),
    ],
  },
  nickel: {
    name: "纯镍带",
    spec: "N6 0.15×8 mm",
    unit: "kg",
    supplier: "nickel",
    product: null,
    standard: "GB/T 2072-2020",
    qty: (r) => r.int(10, 40) * 10,
    lines: (r) => [
      ok("厚度", "0.15±0.01 mm", fx(r, 0.145, 0.155, 3), "mm"),
      ok("宽度", "8.0±0.1 mm", fx(r, 7.95, 8.05, 2), "mm"),
      ok("电阻率", "≤0.095 μΩ·m", fx(r, 0.085, 0.093, 3), "μΩ·m"),
      ok("外观", "无氧化、划伤", "符合"),
    ],
  },
  charger: {
    name: "锂电充电器（外购）",
    spec: "CC-5430 54.6V3A",
    unit: "只",
    supplier: "charger",
    product: null,
    standard: "GB 42296-2022",
    qty: (r) => r.int(5, 15) * 100,
    lines: (r) => [
      ok("输出电压", "54.6±0.5 V", fx(r, 54.4, 54.8, 2), "V"),
      ok("输出电流", "3.0±0.2 A", fx(r, 2.92, 3.08, 2), "A"),
      ok("插头型式", "锂电专用插头（GB 42296-2022）", "符合"),
      ok("CCC证书状态", "有效", "有效"),
    ],
  },
  pack20: {
    name: "电动自行车用锂离子蓄电池",
    spec: "LH-4820T 48V20Ah",
    unit: "只",
    supplier: null,
    product: "pack20",
    standard: "GB 43854-2024",
    qty: (r) => r.int(15, 40) * 10,
    lines: (r) => [
      ok("开路电压", "52.0–54.6 V", fx(r, 53.1, 53.9, 1), "V"),
      ok("容量", "≥20.0 Ah", fx(r, 20.3, 20.9, 2), "Ah"),
      ok("绝缘电阻", "≥100 MΩ", String(r.int(300, 800)), "MΩ"),
      ok("BMS过充/短路保护功能", "动作正常", "正常"),
      ok("标识（CCC标志、安全使用年限、永久性编码）", "齐全清晰", "符合"),
    ],
  },
  pack24: {
    name: "电动自行车用锂离子蓄电池",
    spec: "LH-4824T 48V24Ah",
    unit: "只",
    supplier: null,
    product: "pack24",
    standard: "GB 43854-2024",
    qty: (r) => r.int(10, 25) * 10,
    lines: (r) => [
      ok("开路电压", "52.0–54.6 V", fx(r, 53.1, 53.9, 1), "V"),
      ok("容量", "≥24.0 Ah", fx(r, 24.3, 24.9, 2), "Ah"),
      ok("绝缘电阻", "≥100 MΩ", String(r.int(300, 800)), "MΩ"),
      ok("BMS过充/短路保护功能", "动作正常", "正常"),
    ],
  },
};

const IQC = ["王芳（IQC）", "刘洋（IQC）"];
const OQC = ["蒋涛（OQC）", "许丽（OQC）"];

export async function createErpApiKey(ctx: SeedCtx, org: OrgSeed): Promise<string> {
  const id = newId();
  await ctx.tx.apiKey.create({
    data: {
      id,
      organizationId: org.id,
      name: "金蝶云星空ERP对接",
      prefix: "ak_demo_lh01",
      keyHash: sha256(`demo-unusable-${newId()}`),
      scopesJson: json(["records:read", "records:write"]),
      createdByUserId: org.people.principal,
      createdAt: new Date(org.createdAt.getTime() + 86_400_000),
      lastUsedAt: atLocal(ctx.yesterday, 17, 40),
    },
  });
  return id;
}

export async function createInspections(ctx: SeedCtx, org: OrgSeed, hazards: HazardSpec[]): Promise<number> {
  const { tx, rng } = ctx;
  const records: Prisma.InspectionRecordCreateManyInput[] = [];
  const lines: Prisma.InspectionLineCreateManyInput[] = [];
  const revisions: Prisma.InspectionRecordRevisionCreateManyInput[] = [];
  const seq = { incoming: 117, outgoing: 402 };
  const lastDay = ctx.workingDays.at(-1);
  for (const [dayIndex, day] of ctx.workingDays.entries()) {
    const extras = ["bms", "casing", "nickel", ...(day >= ctx.v2From ? ["charger"] : [])];
    const planned = hazards.flatMap((h) =>
      h.orgKey === org.key && h.link.kind === "inspection" && h.link.direction === "incoming" && h.link.day === day
        ? [h.link.material]
        : [],
    );
    const incoming = ["cells", planned.find((p) => p !== "cells") ?? rng.pick(extras), rng.pick(extras)];
    const outgoing = ["pack20", "pack20", ...(rng.chance(0.85) ? ["pack20"] : []), "pack24"];
    const batches = [
      ...incoming.map((m) => ["incoming", m] as const),
      ...outgoing.map((m) => ["outgoing", m] as const),
    ];
    for (const [k, [kind, key]] of batches.entries()) {
      const m = MATERIALS[key];
      if (!m) throw new Error(`seed: material ${key}`);
      const id = newId();
      const fail = hazards.find(
        (h) =>
          h.orgKey === org.key &&
          h.link.kind === "inspection" &&
          h.link.day === day &&
          h.link.material === key &&
          !h.refs.inspectionRecordId,
      );
      const testLines = m.lines(rng);
      let result: string = "pass";
      let disposition: string | null = kind === "outgoing" ? "released" : null;
      let remarks: string | null = null;
      if (fail && fail.link.kind === "inspection") {
        fail.refs.inspectionRecordId = id;
        const failLine: Line = { ...fail.link.fail, result: "fail" };
        const at = testLines.findIndex((l) => l.item === failLine.item);
        testLines[at >= 0 ? at : testLines.length - 1] = failLine;
        result = "fail";
        disposition = kind === "outgoing" ? "held" : key === "cells" ? "return" : "quarantine";
      } else if (key === "nickel" && dayIndex === 17) {
        result = "concession";
        remarks = "外观轻微氧化，经质量安全总监评审让步接收，限用于非焊接部位";
        const last = testLines.at(-1);
        if (last) testLines[testLines.length - 1] = { ...last, measured: "轻微氧化", result: "fail" };
      } else if (day === lastDay && key === "cells") {
        result = "pending";
        testLines[3] = { item: "容量", requirement: "≥4900 mAh", measured: "检测中", unit: "mAh", result: "na" };
      }
      const n = kind === "incoming" ? ++seq.incoming : ++seq.outgoing;
      const inspectedAt =
        kind === "incoming"
          ? atLocal(day, 9 + k, rng.int(0, 50))
          : atLocal(day, 13 + k - incoming.length, rng.int(0, 50));
      const batchNo =
        kind === "incoming"
          ? `${key.toUpperCase().slice(0, 2)}${day.slice(2).replaceAll("-", "")}-${k + 1}`
          : `${m.spec.slice(0, 7).replace("-", "")}-${day.slice(2).replaceAll("-", "")}-${String(k).padStart(2, "0")}`;
      const supplierId = m.supplier ? (org.suppliers.get(m.supplier) ?? null) : null;
      const productId = m.product ? (org.products.get(m.product) ?? null) : null;
      const header = {
        kind,
        externalId: `ERP-${kind === "incoming" ? "IN" : "OUT"}-${day.slice(0, 4)}-${String(n).padStart(6, "0")}`,
        siteId: kind === "incoming" ? org.sites.main : (org.sites.second ?? org.sites.main),
        productId,
        supplierId,
        itemName: m.name,
        specModel: m.spec,
        batchNo,
        quantity: m.qty(rng),
        unit: m.unit,
        productionDate: kind === "outgoing" ? day : null,
        isKeyComponent: kind === "incoming" ? key !== "nickel" : null,
        inspectionDate: day,
        result,
        disposition,
        inspector: rng.pick(kind === "incoming" ? IQC : OQC),
        standardNo: m.standard,
        sampleSize: kind === "incoming" ? "GB/T 2828.1 一般检验水平Ⅱ" : "5只",
        remarks,
      };
      const revised =
        dayIndex === 12 && k === 0 ? 2 : dayIndex === 30 && kind === "outgoing" && k === incoming.length ? 2 : 1;
      const hashOf = (h: typeof header, ls: Line[]) =>
        sha256(json({ ...h, inspectedAt: inspectedAt.toISOString(), lines: ls }));
      if (revised === 2) {
        const original = { ...header, quantity: header.quantity + (kind === "incoming" ? 500 : 20) };
        revisions.push({
          organizationId: org.id,
          recordId: id,
          revision: 1,
          snapshotJson: json({ ...original, inspectedAt }),
          contentHash: hashOf(original, testLines),
          source: "api",
          apiKeyId: org.apiKeyId,
          reason: "ERP重推：到货数量更正",
          supersededAt: atLocal(day, 18, 5),
        });
        lines.push(
          ...testLines.map((l, i) => ({ organizationId: org.id, recordId: id, revision: 1, seq: i + 1, ...l })),
        );
      }
      records.push({
        id,
        organizationId: org.id,
        revision: revised,
        ...header,
        inspectedAt,
        contentHash: hashOf(header, testLines),
        source: "api",
        apiKeyId: org.apiKeyId,
        createdAt: new Date(inspectedAt.getTime() + 5 * 60_000),
        updatedAt: revised === 2 ? atLocal(day, 18, 5) : new Date(inspectedAt.getTime() + 5 * 60_000),
      });
      lines.push(
        ...testLines.map((l, i) => ({ organizationId: org.id, recordId: id, revision: revised, seq: i + 1, ...l })),
      );
    }
  }
  await tx.inspectionRecord.createMany({ data: records });
  await tx.inspectionRecordRevision.createMany({ data: revisions });
  await tx.inspectionLine.createMany({ data: lines });
  await tx.auditEvent.createMany({
    data: records.map((r) => ({
      organizationId: org.id,
      actorKind: "api_key",
      apiKeyId: org.apiKeyId,
      action: "inspection.create",
      entityType: "inspection_record",
      entityId: r.id ?? null,
      dataJson: json({ externalId: r.externalId, result: r.result }),
      at: r.createdAt ?? ctx.now,
    })),
  });
  return records.length;
}

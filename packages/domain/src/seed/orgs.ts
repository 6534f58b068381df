// The two demo organisations with their sites, products, certificates and suppliers.
import { catalogGroup, mandatoryStandards } from "./catalog.ts";
import type { OrgKey, OrgSeed, SeedCtx } from "./types.ts";
import { addDays, atLocal, json, localDate, makeUscc, newId } from "./util.ts";

export type OrgBase = Omit<OrgSeed, "people" | "apiKeyId">;

export const DEMO_SLUGS: Record<OrgKey, string> = { battery: "demo-battery", hardware: "demo-hardware" };

export const BATTERY_NAME = "常州锂鸿新能源科技有限公司";
export const HARDWARE_NAME = "南京鑫宁五金机电有限公司";

interface ProductDef {
  key: string;
  name: string;
  model: string;
  group: string;
  sub: string | null;
  route: "xk" | "ccc" | "mandatory_standard";
  /** ERP product code the producer's inspection records name. */
  code?: string;
  site: "main" | "second";
  retired?: boolean;
}

interface SupplierDef {
  key: string;
  name: string;
  region: string;
  body: string;
  type: "raw_material" | "component" | "goods";
  contact: string;
  phone: string;
  products: string;
}

const BATTERY_PRODUCTS: ProductDef[] = [
  {
    key: "pack20",
    code: "LH4820T",
    name: "电动自行车用锂离子蓄电池",
    model: "LH-4820T 48V20Ah",
    group: "e-bike-battery-charger",
    sub: "e-bike-li-ion-battery",
    route: "ccc",
    site: "second",
  },
  {
    key: "pack24",
    code: "LH4824T",
    name: "电动自行车用锂离子蓄电池",
    model: "LH-4824T 48V24Ah",
    group: "e-bike-battery-charger",
    sub: "e-bike-li-ion-battery",
    route: "ccc",
    site: "second",
  },
  {
    key: "charger",
    code: "LHC5430",
    name: "电动自行车用充电器",
    model: "LH-C5430 54.6V3A",
    group: "e-bike-battery-charger",
    sub: "e-bike-charger",
    route: "ccc",
    site: "main",
    retired: true,
  },
];

const HARDWARE_PRODUCTS: ProductDef[] = [
  {
    key: "wire",
    name: "聚氯乙烯绝缘电线",
    model: "BV 450/750V 1×2.5mm²",
    group: "wire-cable",
    sub: "cable-building-wire",
    route: "ccc",
    site: "main",
  },
  { key: "ebike", name: "电动自行车", model: "YQ-TDT1258Z", group: "e-bike", sub: null, route: "ccc", site: "main" },
  {
    key: "helmet",
    name: "电动自行车乘员头盔",
    model: "AD-H3 半盔 M号",
    group: "e-bike-helmet",
    sub: null,
    route: "mandatory_standard",
    site: "main",
  },
  {
    key: "regulator",
    name: "瓶装液化石油气调压器",
    model: "RA-2.8 2.8kPa",
    group: "gas-appliances",
    sub: "lpg-regulator",
    route: "xk",
    site: "main",
  },
];

const BATTERY_SUPPLIERS: SupplierDef[] = [
  {
    key: "cells",
    name: "江苏恒锐电芯科技有限公司",
    region: "320412",
    body: "MA1W2K7D",
    type: "component",
    contact: "钱海涛",
    phone: "0519-86231145",
    products: "21700 三元锂离子电芯",
  },
  {
    key: "bms",
    name: "深圳市安芯微电子有限公司",
    region: "440306",
    body: "MA5F3L8N",
    type: "component",
    contact: "邓俊",
    phone: "0755-27718802",
    products: "13S 锂电池保护板（BMS）",
  },
  {
    key: "casing",
    name: "常州市武进宏达塑业有限公司",
    region: "320412",
    body: "MA1P6T4B",
    type: "component",
    contact: "顾文斌",
    phone: "0519-88512370",
    products: "阻燃 PC+ABS 电池外壳",
  },
  {
    key: "charger",
    name: "东莞市聚能电源科技有限公司",
    region: "441900",
    body: "MA4W9R2J",
    type: "component",
    contact: "黎志华",
    phone: "0769-83327716",
    products: "54.6V3A 锂电充电器（CCC）",
  },
  {
    key: "nickel",
    name: "宁波镍达金属制品有限公司",
    region: "330212",
    body: "MA2H8C5Y",
    type: "raw_material",
    contact: "应国平",
    phone: "0574-88213609",
    products: "纯镍带 0.15×8mm",
  },
];

const HARDWARE_SUPPLIERS: SupplierDef[] = [
  {
    key: "cable",
    name: "无锡华光电缆有限公司",
    region: "320206",
    body: "MA1M4U8E",
    type: "goods",
    contact: "过建军",
    phone: "0510-83569921",
    products: "BV/BVR 电线",
  },
  {
    key: "ebike",
    name: "天津雅骑车业有限公司",
    region: "120114",
    body: "MA06TX3K",
    type: "goods",
    contact: "王春生",
    phone: "022-29417755",
    products: "新国标电动自行车",
  },
  {
    key: "helmet",
    name: "浙江安盾头盔有限公司",
    region: "331081",
    body: "MA2K5N7P",
    type: "goods",
    contact: "林晓东",
    phone: "0576-84123368",
    products: "电动自行车乘员头盔",
  },
  {
    key: "gas",
    name: "宁波燃安燃气具有限公司",
    region: "330206",
    body: "MA2G9D6Q",
    type: "goods",
    contact: "胡立新",
    phone: "0574-86672210",
    products: "瓶装液化石油气调压器",
  },
];

/** Creates both organisations (without people) and returns their handles. */
export async function createOrganizations(ctx: SeedCtx): Promise<Record<OrgKey, OrgBase>> {
  // Signed up on the first day of the seeded history: that is the 启用日期, nothing is due before it.
  const createdAt = atLocal(ctx.windowStart, 8, 5);
  const battery = await createOrg(ctx, {
    key: "battery",
    kind: "producer",
    name: BATTERY_NAME,
    region: "320411",
    body: "MA1N7Q3C",
    address: "江苏省常州市新北区薛家镇顺园路18号",
    employeeCount: 850,
    revenue: 32600,
    salesChannel: null,
    legalRep: "周建华",
    scopeRoutes: ["ccc"],
    sites: [
      { name: "新北工厂（来料检验、成品库）", type: "factory", address: "江苏省常州市新北区薛家镇顺园路18号1号厂房" },
      { name: "PACK组装车间", type: "workshop", address: "江苏省常州市新北区薛家镇顺园路18号2号厂房" },
    ],
    products: BATTERY_PRODUCTS,
    suppliers: BATTERY_SUPPLIERS,
    createdAt,
  });
  const hardware = await createOrg(ctx, {
    key: "hardware",
    kind: "seller",
    name: HARDWARE_NAME,
    region: "320102",
    body: "MA1X3F5R",
    address: "江苏省南京市玄武区中山东路218号",
    employeeCount: 36,
    revenue: 1850,
    salesChannel: "retail",
    legalRep: "孙国强",
    scopeRoutes: ["ccc", "xk", "mandatory_standard"],
    sites: [{ name: "中山东路门店", type: "store", address: "江苏省南京市玄武区中山东路218号一层" }],
    products: HARDWARE_PRODUCTS,
    suppliers: HARDWARE_SUPPLIERS,
    createdAt,
  });
  await createCertificates(ctx, battery, hardware);
  return { battery, hardware };
}

interface OrgDef {
  key: OrgKey;
  kind: "producer" | "seller";
  name: string;
  region: string;
  body: string;
  address: string;
  employeeCount: number;
  revenue: number;
  salesChannel: string | null;
  legalRep: string;
  scopeRoutes: string[];
  sites: Array<{ name: string; type: string; address: string }>;
  products: ProductDef[];
  suppliers: SupplierDef[];
  createdAt: Date;
}

async function createOrg(ctx: SeedCtx, def: OrgDef): Promise<OrgBase> {
  const { tx } = ctx;
  const id = newId();
  const uscc = makeUscc(def.region, def.body);
  await tx.organization.create({
    data: {
      id,
      slug: DEMO_SLUGS[def.key],
      kind: def.kind,
      name: def.name,
      uscc,
      regionCode: def.region,
      address: def.address,
      employeeCount: def.employeeCount,
      annualRevenueWanYuan: def.revenue,
      salesChannel: def.salesChannel,
      sizeClass: "medium",
      scopeRoutesJson: json(def.scopeRoutes),
      legalRepresentative: def.legalRep,
      activatedOn: ctx.windowStart,
      createdAt: def.createdAt,
      updatedAt: def.createdAt,
    },
  });
  // What sign-up records: the figures given are the previous year's (上年度).
  await tx.orgSizeFigure.create({
    data: {
      organizationId: id,
      year: Number(localDate(def.createdAt).slice(0, 4)) - 1,
      employeeCount: def.employeeCount,
      annualRevenueWanYuan: def.revenue,
      recordedAt: def.createdAt,
    },
  });
  const siteIds = def.sites.map(() => newId());
  await tx.site.createMany({
    data: def.sites.map((s, i) => ({
      id: siteIds[i] ?? newId(),
      organizationId: id,
      ...s,
      regionCode: def.region,
      createdAt: def.createdAt,
      updatedAt: def.createdAt,
    })),
  });
  const main = siteIds[0];
  if (main === undefined) throw new Error("seed: organisation without a site");
  const second = siteIds[1] ?? null;
  const retiredAt = atLocal(ctx.v2From, 9, 0);
  const products = new Map(def.products.map((p) => [p.key, newId()] as const));
  await tx.product.createMany({
    data: def.products.map((p) => ({
      id: products.get(p.key) ?? newId(),
      organizationId: id,
      name: p.name,
      code: p.code ?? null,
      model: p.model,
      productGroupId: p.group,
      subProductId: p.sub,
      siteId: p.site === "second" && second ? second : main,
      scopeRoutesJson: json([p.route]),
      standardsJson: json(productStandards(p)),
      serviceLife: p.group === "e-bike-battery-charger" ? "安全使用年限 5 年" : null,
      createdAt: def.createdAt,
      updatedAt: p.retired ? retiredAt : def.createdAt,
      retiredAt: p.retired ? retiredAt : null,
    })),
  });
  const suppliers = new Map(def.suppliers.map((s) => [s.key, newId()] as const));
  await tx.supplier.createMany({
    data: def.suppliers.map((s, i) => ({
      id: suppliers.get(s.key) ?? newId(),
      organizationId: id,
      externalId: `SUP-${String(i + 1).padStart(4, "0")}`,
      name: s.name,
      uscc: makeUscc(s.region, s.body),
      type: s.type,
      contactName: s.contact,
      contactPhone: s.phone,
      mainProducts: s.products,
      evaluation: "qualified",
      approvedOn: addDays(ctx.windowStart, -400 + i * 37),
      lastAuditDate: addDays(ctx.windowStart, -60 + i * 9),
      createdAt: def.createdAt,
      updatedAt: def.createdAt,
    })),
  });
  return {
    key: def.key,
    id,
    kind: def.kind,
    name: def.name,
    uscc,
    createdAt: def.createdAt,
    sites: { main, second },
    products,
    suppliers,
  };
}

function productStandards(p: ProductDef): string[] {
  const group = catalogGroup(p.group);
  const sub = group.subProducts.find((s) => s.id === p.sub);
  const own = (sub?.standards ?? []).filter((s) => s.mandatory).map((s) => s.code);
  return own.length > 0 ? own : mandatoryStandards(group);
}

/** CCC certificates (16 digits: year, body 01 = CQC, category, serial) and one XK licence. */
async function createCertificates(ctx: SeedCtx, battery: OrgBase, hardware: OrgBase): Promise<void> {
  const { tx, today } = ctx;
  const certs = [
    {
      org: battery,
      product: "pack20",
      issue: addDays(today, -400),
      years: 5,
      serial: "318842",
      cat: "1613",
      name: "电动自行车用锂离子蓄电池",
      model: "LH-4820T 48V20Ah",
      holder: BATTERY_NAME,
      maker: BATTERY_NAME,
      factory: BATTERY_NAME,
    },
    // Expires in 20 days: drives the certificate-expiry reminder.
    {
      org: battery,
      product: "pack24",
      issue: addDays(today, -711),
      years: 2,
      serial: "305517",
      cat: "1613",
      name: "电动自行车用锂离子蓄电池",
      model: "LH-4824T 48V24Ah",
      holder: BATTERY_NAME,
      maker: BATTERY_NAME,
      factory: BATTERY_NAME,
    },
    {
      org: battery,
      product: "charger",
      issue: addDays(today, -380),
      years: 5,
      serial: "320096",
      cat: "1614",
      name: "电动自行车用充电器",
      model: "LH-C5430 54.6V3A",
      holder: BATTERY_NAME,
      maker: BATTERY_NAME,
      factory: BATTERY_NAME,
    },
    {
      org: hardware,
      product: "wire",
      issue: addDays(today, -900),
      years: 5,
      serial: "207731",
      cat: "0101",
      name: "聚氯乙烯绝缘无护套电缆电线",
      model: "BV 450/750V 1.5~6mm²",
      models: ["BV 450/750V 1×1.5mm²", "BV 450/750V 1×2.5mm²", "BV 450/750V 1×4mm²", "BV 450/750V 1×6mm²"],
      holder: "无锡华光电缆有限公司",
      maker: "无锡华光电缆有限公司",
      factory: "无锡华光电缆有限公司",
    },
    {
      org: hardware,
      product: "ebike",
      issue: addDays(today, -300),
      years: 5,
      serial: "411208",
      cat: "1611",
      name: "电动自行车",
      model: "YQ-TDT1258Z",
      holder: "天津雅骑车业有限公司",
      maker: "天津雅骑车业有限公司",
      factory: "天津雅骑车业有限公司静海工厂",
    },
  ];
  for (const c of certs) {
    const id = newId();
    const productId = c.org.products.get(c.product);
    if (!productId) throw new Error(`seed: product ${c.product} missing`);
    const expiry = addDays(c.issue, Math.round(c.years * 365.25));
    await tx.cccCertificate.create({
      data: {
        id,
        organizationId: c.org.id,
        certNo: `${c.issue.slice(0, 4)}01${c.cat}${c.serial}`,
        productName: c.name,
        model: c.model,
        modelsJson: json("models" in c ? c.models : [c.model]),
        holderName: c.holder,
        manufacturerName: c.maker,
        factoryName: c.factory,
        issuer: "中国质量认证中心有限公司",
        issueDate: c.issue,
        expiryDate: expiry,
        status: "valid",
        lastVerifiedAt: atLocal(addDays(today, -9), 10, 40),
        createdAt: c.org.createdAt,
        updatedAt: atLocal(addDays(today, -9), 10, 40),
      },
    });
    await tx.cccCertificateProduct.create({
      data: { organizationId: c.org.id, certificateId: id, productId, createdAt: c.org.createdAt },
    });
  }
  const licenceId = newId();
  await tx.productionLicence.create({
    data: {
      id: licenceId,
      organizationId: hardware.id,
      licenceNo: "(浙)XK21-003-00412",
      province: "浙",
      categoryNo: "21",
      productNo: "003",
      serialNo: "00412",
      productScope: "瓶装液化石油气调压器",
      scopeJson: json([{ unit: "瓶装液化石油气调压器", models: ["RA-2.8 2.8kPa"] }]),
      holderName: "宁波燃安燃气具有限公司",
      issuer: "浙江省市场监督管理局",
      issueDate: addDays(today, -520),
      expiryDate: addDays(today, -520 + 1826),
      status: "valid",
      lastVerifiedAt: atLocal(addDays(today, -9), 11, 5),
      createdAt: hardware.createdAt,
      updatedAt: atLocal(addDays(today, -9), 11, 5),
    },
  });
  const regulatorProduct = hardware.products.get("regulator");
  if (!regulatorProduct) throw new Error("seed: regulator product missing");
  await tx.licenceProduct.create({
    data: { organizationId: hardware.id, licenceId, productId: regulatorProduct, createdAt: hardware.createdAt },
  });
}

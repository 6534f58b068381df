// Tenancy by construction: every app-router mutation, for every id of its input that names another
// row (contracts `refTo` metadata), is sent an id of another organisation and must refuse it —
// with the field's path — and write no row at all. Mutations are enumerated from the router, so a
// new mutation with a reference field fails here until it has a sample input below.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { addDays, localDate, refPathsOf, type RefModel } from "@anzhi/contracts";
import { Prisma } from "@anzhi/db";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createOrgWithPeople, type OrgPeople } from "../testing/org-people.ts";
import { appRouter } from "./app.ts";
import { drawnSignature } from "../testing/signature.ts";

let t: TestDb;
let a: OrgPeople;
let b: OrgPeople;
type Rows = Record<RefModel, string>;
let ofA: Rows;
let ofB: Rows;

const today = localDate(new Date());

/** One row of each referenced model in `org`, created directly (the services are not under test). */
async function rowsOf(org: OrgPeople, key: string): Promise<Rows> {
  const db = t.db;
  const organizationId = org.id;
  const site = await db.site.create({ data: { organizationId, name: `${key} 厂区`, type: "plant", address: "常州" } });
  const product = await db.product.create({
    data: { organizationId, name: `${key} 电池`, model: "48V", productGroupId: "cement", scopeRoutesJson: '["xk"]' },
  });
  const list = await db.riskControlList.create({ data: { organizationId, title: "风险管控清单", currentVersion: 1 } });
  const riskItem = await db.riskControlItem.create({
    data: {
      organizationId,
      listId: list.id,
      seq: 1,
      stage: "process",
      riskCategory: "设备",
      riskPoint: "灭火器",
      controlMeasure: "检查",
      frequency: "daily",
      responsibleRole: "officer",
      basis: "GB",
      introducedInVersion: 1,
    },
  });
  const hazard = await org.as("director").hazards.create({
    title: "灭火器过期",
    description: "二号车间",
    source: "manual",
    severity: "general",
    ownerUserId: org.ids.officer,
    dueDate: "2030-12-31",
  });
  const file = await db.attachment.create({
    data: {
      organizationId,
      storageKey: `tenancy/${key}`,
      fileName: "a.png",
      mimeType: "image/png",
      size: 1,
      sha256: "0",
      uploadedByUserId: org.ids.officer,
    },
  });
  const proposal = await org.as("officer").proposals.create({
    signature: drawnSignature,
    type: "suggestion",
    defectDescription: "建议增加巡检",
    confirm: true,
  });
  const licence = await db.productionLicence.findFirst({ select: { id: true } });
  const supplier = await db.supplier.create({
    data: { organizationId, name: `${key} 供货者`, uscc: "91350100M000100Y43", type: "goods" },
  });
  const endpoint = await db.webhookEndpoint.create({
    data: { organizationId, url: "https://erp.example.com/hook", eventsJson: '["hazard.opened"]', secretEnc: "x" },
  });
  const event = await db.webhookEvent.create({
    data: { organizationId, type: "hazard.opened", payloadJson: "{}", createdAt: new Date(`${today}T00:00:00Z`) },
  });
  const delivery = await db.webhookDelivery.create({
    data: {
      organizationId,
      endpointId: endpoint.id,
      eventId: event.id,
      nextAttemptAt: event.createdAt,
      createdAt: event.createdAt,
    },
  });
  return {
    site: site.id,
    product: product.id,
    riskItem: riskItem.id,
    hazard: hazard.id,
    file: file.id,
    user: org.ids.officer,
    proposal: proposal.id,
    licence: licence?.id ?? "none",
    ccc: "none",
    supplier: supplier.id,
    webhookEndpoint: endpoint.id,
    webhookDelivery: delivery.id,
  };
}

/** A schema-valid input of each mutation with reference fields, naming rows of organisation `r`. */
function sample(path: string, r: Rows): unknown {
  const due = addDays(today, 30);
  const item = {
    stage: "process",
    riskCategory: "设备",
    riskPoint: "叉车",
    controlMeasure: "点检",
    frequency: "daily",
    responsibleRole: "officer",
    siteId: r.site,
    responsibleUserId: r.user,
  };
  const licence = {
    licenceNo: "（浙）xk08-001-00123",
    productScope: "水泥",
    holderName: "A测试企业有限公司",
    issuer: "浙江省市场监督管理局",
    issueDate: "2024-03-01",
    expiryDate: due,
    productIds: [r.product],
  };
  const ccc = {
    certNo: "2024011001234567",
    productScope: "电池",
    modelSpec: "48V20Ah",
    holderName: "A",
    manufacturerName: "A",
    factoryName: "A 一号厂",
    issuer: "中国质量认证中心",
    issueDate: "2024-05-10",
    expiryDate: due,
    productIds: [r.product],
  };
  const samples: Record<string, unknown> = {
    "routines.daily.answer": {
      siteId: r.site,
      checkDate: today,
      riskItemId: r.riskItem,
      result: "problem",
      note: "压力不足",
      immediateAction: "更换",
      evidenceFileIds: [r.file],
      openHazard: { severity: "general", dueDate: due, ownerUserId: r.user },
    },
    "routines.daily.submit": { siteId: r.site, checkDate: today, signature: drawnSignature },
    "routines.daily.restOk": { siteId: r.site, checkDate: today },
    "routines.daily.signAllOk": { siteId: r.site, checkDate: today, confirm: true, signature: drawnSignature },
    "routines.daily.notOperating": { siteId: r.site, checkDate: today, reason: "停产检修", signature: drawnSignature },
    "routines.weekly.file": {
      week: "2026-W41",
      screeningDate: "2026-10-10",
      siteIds: [r.site],
      participantUserIds: [r.user],
      lastWeekFollowUp: "均已整改",
      followUpHazardIds: [r.hazard],
      hazardsFound: [
        {
          description: "灭火器压力不足",
          stage: "management",
          severity: "general",
          measure: "更换",
          ownerUserId: r.user,
          siteId: r.site,
          dueDate: "2026-10-16",
        },
      ],
      managementEvaluation: "总体受控",
      nextWeekPriorities: "按日检查",
      vetoProposalIds: [r.proposal],
      attachmentFileIds: [r.file],
      signature: drawnSignature,
    },
    "routines.monthly.sign": {
      month: "2026-10",
      meetingAt: "2026-10-30T09:00:00+08:00",
      place: "会议室",
      chairUserId: r.user,
      recorder: "记录人",
      attendeeUserIds: [r.user],
      directorReport: "报告",
      mainProblems: "问题",
      rectificationProgress: "进展",
      unresolvedIssues: "无",
      decisions: [{ content: "继续整改", ownerUserId: r.user, dueDate: due }],
      nextMonthPlan: "计划",
      vetoProposalIds: [r.proposal],
      attachmentFileIds: [r.file],
      signature: drawnSignature,
    },
    "hazards.create": {
      title: "隐患",
      description: "描述",
      source: "manual",
      severity: "general",
      ownerUserId: r.user,
      dueDate: due,
      siteId: r.site,
      productId: r.product,
      riskItemId: r.riskItem,
      evidenceFileIds: [r.file],
    },
    "hazards.assign": { hazardId: r.hazard, ownerUserId: r.user, dueDate: due },
    "hazards.transition": {
      signature: drawnSignature,
      hazardId: r.hazard,
      action: {
        type: "submit_for_verification",
        rectificationNote: "已更换",
        rootCause: "x",
        correctiveAction: "y",
        evidenceFileIds: [r.file],
      },
    },
    "proposals.create": {
      type: "suggestion",
      defectDescription: "建议",
      confirm: true,
      productIds: [r.product],
      hazardId: r.hazard,
      evidenceFileIds: [r.file],
      signature: drawnSignature,
    },
    "profile.products.create": { name: "新产品", productGroupId: "cement", scopeRoutes: ["xk"], siteId: r.site },
    "profile.products.update": {
      id: r.product,
      name: "新产品",
      productGroupId: "cement",
      scopeRoutes: ["xk"],
      siteId: r.site,
    },
    "certificates.licences.create": licence,
    "certificates.licences.update": { id: "licence-1", ...licence },
    "certificates.ccc.create": ccc,
    "certificates.ccc.update": { id: "ccc-1", ...ccc },
    "riskList.addItem": { reason: "新增设备", item },
    "riskList.editItem": { itemId: r.riskItem, reason: "调整", item },
    "riskList.assignItems": { itemIds: [r.riskItem], responsibleUserId: r.user, reason: "调整责任人" },
    "sampling.create": {
      samplingType: "provincial",
      organizingAuthority: "江苏省市场监督管理局",
      testingInstitution: "江苏省产品质量监督检验研究院",
      samplingDate: addDays(today, -60),
      samplingFormNo: "CY-1",
      samplingLocation: "production",
      nominalProducer: "测试企业",
      productName: "电池",
      specModel: "48V20Ah",
      batchNoOrDate: "20260201",
      inspectionBasis: "GB 43854-2024",
      reportNo: "BG-1",
      reportDate: addDays(today, -40),
      resultReceivedOn: addDays(today, -35),
      conclusion: "pass",
      siteId: r.site,
      productId: r.product,
      attachmentFileIds: [r.file],
    },
    "apiKeys.create": { name: "ERP", scopes: ["records:write"], siteId: r.site },
    "sellers.purchases.create": {
      supplierId: r.supplier,
      productId: r.product,
      productName: "充电器",
      specModel: "48V3A",
      batchNo: "B1",
      quantity: 1,
      unit: "台",
      purchaseDate: today,
      conformityCertificate: "ok",
      inspectionReport: "ok",
      markingCheck: "consistent",
      conclusion: "accepted",
    },
    "sellers.sales.create": {
      productId: r.product,
      productName: "充电器",
      specModel: "48V3A",
      batchNo: "B1",
      quantity: 1,
      unit: "台",
      saleDate: today,
      buyerName: "车行",
      buyerContact: "138",
      destination: "常州",
    },
    "inspections.recordOutgoing": {
      productId: r.product,
      siteId: r.site,
      specModel: "48V",
      batchNo: "B-2",
      quantity: 10,
      unit: "只",
      inspectedAt: "2026-03-01T10:00:00+08:00",
      result: "pass",
      inspector: "蒋涛",
      approver: "周建华",
      releaseDecision: "released",
      standardNo: "GB 175-2023",
      lines: [{ item: "强度", result: "pass" }],
    },
    "inspections.recordIncoming": {
      supplierId: r.supplier,
      productId: r.product,
      siteId: r.site,
      materialName: "电芯",
      receiptDate: "2026-03-01",
      specModel: "21700",
      batchNo: "M-1",
      quantity: 500,
      unit: "只",
      inspectedAt: "2026-03-01T10:00:00+08:00",
      result: "pass",
      inspector: "蒋涛",
      standardNo: "GB 43854-2024",
      lines: [{ item: "外观", result: "pass" }],
    },
    "webhooks.rotateSecret": { endpointId: r.webhookEndpoint },
    "webhooks.disable": { endpointId: r.webhookEndpoint },
    "webhooks.replay": { deliveryId: r.webhookDelivery },
    "shipments.record": {
      productId: r.product,
      event: "shipped",
      batchNo: "B-1",
      quantity: 10,
      unit: "只",
      shippedOn: addDays(today, -1),
    },
    // The appointment id is the service's to find (another organisation's is not found); the
    // account is a reference, refused here before the service runs.
    "appointments.linkAccount": { id: "appointment-of-the-caller", userId: r.user },
    "appointments.create": {
      role: "officer",
      personName: "李安全",
      userId: r.user,
      employment: "part_time",
      phone: "138 0000 1234",
      appointedOn: "2026-03-01",
      siteIds: [r.site],
      productIds: [r.product],
      riskItemIds: [r.riskItem],
    },
  };
  return samples[path];
}

interface Procedure {
  _def: { type: string; inputs: z.ZodType[] };
}
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;
const mutations = Object.entries(procedures)
  .filter(([, p]) => p._def.type === "mutation")
  .map(([path, p]) => ({ path, schemas: p._def.inputs, refs: p._def.inputs.flatMap((s) => refPathsOf(s)) }))
  .filter((m) => m.refs.length > 0);

function withRef(input: unknown, path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
  return copy;
}

async function rowCount(): Promise<number> {
  const delegates = t.db as unknown as Record<string, { count: () => Promise<number> }>;
  const counts = await Promise.all(
    Object.values(Prisma.ModelName).map((m) => delegates[m.charAt(0).toLowerCase() + m.slice(1)]?.count() ?? 0),
  );
  return counts.reduce((s, n) => s + n, 0);
}

function call(path: string, input: unknown): Promise<unknown> {
  let fn: unknown = a.as("principal");
  for (const key of path.split(".")) fn = (fn as Record<string, unknown>)[key];
  return (fn as (i: unknown) => Promise<unknown>)(input);
}

beforeAll(async () => {
  t = await createTestDb("anzhi-tenancy-");
  a = await createOrgWithPeople(t.db, "a");
  b = await createOrgWithPeople(t.db, "b");
  ofA = await rowsOf(a, "a");
  ofB = await rowsOf(b, "b");
});
afterAll(async () => t?.cleanup());

describe("every mutation refuses ids of another organisation", () => {
  it("finds the reference fields of the app router's mutations", () => {
    expect(mutations.map((m) => m.path)).toEqual(
      expect.arrayContaining(["routines.weekly.file", "routines.daily.answer", "sampling.create"]),
    );
  });

  for (const m of mutations) {
    describe(m.path, () => {
      it("has a schema-valid sample naming the caller's own rows", () => {
        const input = sample(m.path, ofA);
        expect(input, `add a sample input for ${m.path}`).toBeDefined();
        for (const schema of m.schemas) expect(schema.safeParse(input).error?.issues ?? []).toEqual([]);
      });
      for (const ref of m.refs) {
        const field = ref.path.join(".");
        it(`refuses another organisation's ${ref.model} at ${field} and writes nothing`, async () => {
          const foreign = ofB[ref.model];
          const input = withRef(sample(m.path, ofA), ref.path, ref.array ? [foreign] : foreign);
          const before = await rowCount();
          const error = await call(m.path, input).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(TRPCError);
          const issues = ((error as TRPCError).cause as { issues?: Array<{ path: string }> } | undefined)?.issues ?? [];
          expect(issues.map((i) => i.path)).toEqual([field]);
          expect(await rowCount()).toBe(before);
        });
      }
    });
  }
});

describe("the three write paths that used to store another organisation's ids", () => {
  it("routines.weekly.file hazardsFound[].siteId, routines.daily.answer openHazard.ownerUserId and sampling.create siteId are refused", async () => {
    const cases: Array<[string, string[], string]> = [
      ["routines.weekly.file", ["hazardsFound", "0", "siteId"], ofB.site],
      ["routines.daily.answer", ["openHazard", "ownerUserId"], ofB.user],
      ["sampling.create", ["siteId"], ofB.site],
    ];
    for (const [path, field, id] of cases) {
      const before = await rowCount();
      const error = await call(path, withRef(sample(path, ofA), field, id)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect(
        ((error as TRPCError).cause as unknown as { issues: Array<{ path: string }> }).issues.map((i) => i.path),
      ).toEqual([field.join(".")]);
      expect(await rowCount()).toBe(before);
    }
  });
});

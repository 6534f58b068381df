// `pnpm anzhi billing grant|status|invoice-requests`: the offline (bank transfer) rail, audited
// in the organisation's chain, and the operator's view of a plan.
import { existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@anzhi/db";
import { cliInTempDir } from "../testing.ts";

// Billing on (no Stripe call is made by these commands).
process.env.STRIPE_SECRET_KEY = "sk_test_cli";
process.env.STRIPE_WEBHOOK_SECRET = "whsec_cli";
process.env.STRIPE_PRICE_BASIC = "price_basic";
process.env.STRIPE_PRICE_PROFESSIONAL = "price_pro";
const { cli, cleanup, dir } = await cliInTempDir("anzhi-cli-billing-");
let orgId = "";

beforeAll(async () => {
  expect((await cli("migrate")).code).toBe(0);
  const db = await getDb(process.env.DATABASE_URL ?? "");
  orgId = (
    await db.organization.create({
      data: {
        slug: "transfer-co",
        kind: "producer",
        name: "转账有限公司",
        uscc: "91350100M000100Y43",
        regionCode: "320411",
        address: "常州",
        employeeCount: 10,
        annualRevenueWanYuan: 100,
        sizeClass: "micro",
        // long before any run of this test: the trial is over
        createdAt: new Date("2020-01-01T00:00:00Z"),
      },
    })
  ).id;
});
afterAll(cleanup);

describe("pnpm anzhi billing", () => {
  it("status of an organisation whose trial ended: restricted, source trial", async () => {
    const status = await cli("billing", "status", "--org", "transfer-co");
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/source:\s+trial/);
    expect(status.out).toMatch(/status:\s+expired \(dunning: restricted\)/);
  });

  it("records a bank transfer, audited, and status shows it", async () => {
    const grant = await cli(
      "billing",
      "grant",
      "--org",
      "transfer-co",
      "--plan",
      "professional",
      "--sites",
      "3",
      "--until",
      "2099-12-31",
      "--reference",
      "ICBC-2027-0042",
    );
    expect(grant.code).toBe(0);
    expect(grant.out).toMatch(
      /^recorded professional for transfer-co: 3 site\(s\) until 2099-12-31, reference ICBC-2027-0042/,
    );
    const status = await cli("billing", "status", "--org", "transfer-co");
    expect(status.out).toMatch(/source:\s+offline/);
    expect(status.out).toMatch(/plan:\s+professional/);
    expect(status.out).toMatch(/sites:\s+0 active, 3 paid/);
    expect(status.out).toMatch(/period end:\s+2099-12-31T16:00:00.000Z/);
    const db = await getDb(process.env.DATABASE_URL ?? "");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organizationId: orgId, action: "billing.grant" } });
    expect(JSON.parse(audit.dataJson)).toMatchObject({ reference: "ICBC-2027-0042", sites: 3 });
  });

  it("refuses bad input with a one-line reason, writing nothing", async () => {
    const plan = await cli(
      "billing",
      "grant",
      "--org",
      "transfer-co",
      "--plan",
      "gold",
      "--sites",
      "1",
      "--until",
      "2099-01-01",
      "--reference",
      "x",
    );
    expect(plan.code).toBe(1);
    expect(plan.err).toMatch(/^error: plan:/);
    const org = await cli("billing", "status", "--org", "nobody");
    expect(org.code).toBe(1);
    const db = await getDb(process.env.DATABASE_URL ?? "");
    expect(await db.billingGrant.count()).toBe(1);
  });

  it("exports the invoice requests as XLSX with the buyer's tax number", async () => {
    const out = path.join(dir, "requests.xlsx");
    const res = await cli("billing", "invoice-requests", "--from", "2020-01-01", "--to", "2099-12-31", "--out", out);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^wrote 1 invoice request\(s\)/);
    expect(existsSync(out)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const row = book.worksheets[0]?.getRow(2);
    expect(row?.getCell(2).value).toBe("对公转账");
    expect(row?.getCell(6).value).toBe("91350100M000100Y43");
  });
});

// The risk list and certificate services on the seeded demo data (what a new install shows):
// the demo list reads in both versions, can be changed, and the CCC check respects the demo's
// valid certificates.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDate } from "@anzhi/contracts";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { createFieldCipher } from "../crypto/field-cipher.ts";
import { DEMO_SLUGS, seedDemo } from "../seed/index.ts";
import { checkRouteHazards } from "../certificates/route-checks.ts";
import { certificateAlerts } from "../certificates/alerts.ts";
import { retireRiskItem } from "./edit.ts";
import { getRiskList } from "./read.ts";

// The instant the demo is seeded around; the checks run on its local date.
const NOW = new Date("2026-11-27T02:30:00Z");

let t: TestDb;
let orgId: string;

beforeAll(async () => {
  t = await createTestDb("anzhi-risk-seeded-");
  await seedDemo(t.db, { encrypt: createFieldCipher(randomBytes(32)).encrypt, now: NOW });
  orgId = (await t.db.organization.findUniqueOrThrow({ where: { slug: DEMO_SLUGS.battery } })).id;
});

afterAll(async () => {
  await t?.cleanup();
});

describe("seeded demo list", () => {
  it("reads the current version and the earlier one with the item retired in between", async () => {
    const doc = await getRiskList(t.db, orgId);
    expect(doc.currentVersion).toBe(2);
    expect(doc.versions.map((v) => v.version)).toEqual([2, 1]);
    const v1 = await getRiskList(t.db, orgId, { version: 1 });
    const retiredInV2 = v1.items.filter((i) => i.retiredInVersion === 2);
    expect(retiredInV2.length).toBeGreaterThan(0);
    expect(doc.items.map((i) => i.id)).not.toContain(retiredInV2[0]?.id);
    expect(doc.items.every((i) => i.introducedInVersion <= 2 && i.retiredInVersion === null)).toBe(true);
  });

  it("takes a director's change as version 3", async () => {
    const director = await t.db.user.findUniqueOrThrow({ where: { email: "director@demo-battery.anzhi.local" } });
    const doc = await getRiskList(t.db, orgId);
    const item = doc.items[0];
    if (!item) throw new Error("no items");
    expect(
      await retireRiskItem(
        t.db,
        orgId,
        { itemId: item.id, reason: "演示：撤销一项" },
        { kind: "user", userId: director.id },
        NOW,
      ),
    ).toEqual({ version: 3 });
    const after = await getRiskList(t.db, orgId);
    expect(after.version).toMatchObject({ version: 3, preparedBy: { id: director.id }, approvedBy: null });
  });

  it("runs the CCC check and the alerts without flagging products a valid certificate covers", async () => {
    const today = localDate(NOW, "Asia/Shanghai");
    const uncoveredBefore = await t.db.product.findMany({
      where: { organizationId: orgId, scopeRoutesJson: { contains: '"ccc"' }, retiredAt: null },
      select: {
        id: true,
        cccCertificates: {
          select: { certificate: { select: { status: true, issueDate: true, expiryDate: true, retiredAt: true } } },
        },
      },
    });
    const uncovered = uncoveredBefore.filter(
      (p) =>
        !p.cccCertificates.some(
          ({ certificate: c }) =>
            c.status === "valid" && c.retiredAt === null && c.issueDate <= today && today <= c.expiryDate,
        ),
    );
    const result = await checkRouteHazards(t.db, orgId, NOW);
    expect(result.checked).toBeGreaterThanOrEqual(uncoveredBefore.length);
    for (const opened of result.opened.filter((o) => o.rule === "ccc_uncertified"))
      expect(uncovered.map((p) => p.id)).toContain(opened.productId);
    expect((await checkRouteHazards(t.db, orgId, NOW)).opened).toEqual([]);
    const alerts = await certificateAlerts(t.db, orgId, today);
    expect(alerts.every((a) => ["expired", "invalid", "within_30", "within_90"].includes(a.level))).toBe(true);
  });
});

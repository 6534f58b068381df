// Test and benchmark fixture: an organisation with two coded sites, a supplier, a product, an
// admin user and API keys — created through the real services (no mocks).
import { randomInt } from "node:crypto";
import type { ApiScope, Plan } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { createApiKey } from "@anzhi/domain/api-keys/api-keys";

export interface IngestFixture {
  organizationId: string;
  userId: string;
  siteIds: { main: string; second: string };
  /** Create another key for this organisation; returns the secret. */
  key: (scopes: ApiScope[], opts?: { siteId?: string; name?: string }) => Promise<string>;
}

let seq = 0;

function usccLike(n: number): string {
  // Shape-valid 18-character code (unique per fixture); the check character is not verified here.
  return `91320411MA${String(n).padStart(7, "0")}X`;
}

export async function createIngestFixture(db: Db, opts: { slug: string; plan?: Plan }): Promise<IngestFixture> {
  seq += 1;
  const n = randomInt(100_000) * 10 + seq;
  const org = await db.organization.create({
    data: {
      slug: opts.slug,
      kind: "producer",
      name: `${opts.slug} 电池有限公司`,
      uscc: usccLike(n),
      regionCode: "320411",
      address: "江苏省常州市",
      employeeCount: 120,
      annualRevenueWanYuan: 8000,
      sizeClass: "small",
      plan: opts.plan ?? "professional",
    },
  });
  const user = await db.user.create({
    data: { email: `admin-${opts.slug}-${n}@example.com`, name: "管理员", passwordHash: "scrypt$unusable" },
  });
  await db.membership.create({
    data: { userId: user.id, organizationId: org.id, isAdmin: true, rolesJson: JSON.stringify(["principal"]) },
  });
  const main = await db.site.create({
    data: { organizationId: org.id, name: "一号厂区", code: "MAIN", type: "factory", address: "常州市新北区" },
  });
  const second = await db.site.create({
    data: { organizationId: org.id, name: "二号厂区", code: "SITE2", type: "factory", address: "常州市武进区" },
  });
  await db.supplier.create({
    data: { organizationId: org.id, externalId: "V-0042", name: "常州电芯科技有限公司", type: "component" },
  });
  await db.product.create({
    data: {
      organizationId: org.id,
      code: "LH-4820T",
      name: "电动自行车用锂离子蓄电池",
      model: "48V20Ah",
      productGroupId: "e-bike-battery-charger",
      scopeRoutesJson: '["ccc"]',
      siteId: second.id,
    },
  });
  return {
    organizationId: org.id,
    userId: user.id,
    siteIds: { main: main.id, second: second.id },
    key: async (scopes, k = {}) =>
      (
        await createApiKey(db, org.id, user.id, {
          name: k.name ?? "ERP",
          scopes,
          ...(k.siteId ? { siteId: k.siteId } : {}),
        })
      ).secret,
  };
}

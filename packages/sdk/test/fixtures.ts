// Records and a real server (SQLite file + the v1 HTTP handler) for the SDK's tests.
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { startV1Server, type RunningV1Server } from "@anzhi/api/v1/node-server";
import { createIngestFixture, type IngestFixture } from "@anzhi/api/v1/testing";
import type { RateLimiter } from "@anzhi/api/v1/rate-limit";
import type { Clock } from "@anzhi/api";
import type { IncomingInspectionInput } from "../src/index";

export interface TestServer {
  t: TestDb;
  server: RunningV1Server;
  orgA: IngestFixture;
  orgB: IngestFixture;
  close: () => Promise<void>;
}

/** `clock` runs the API at a chosen instant (`testClock("2027-01-04 00:30")`); default: the real time. */
export async function startTestServer(opts: { rateLimiter?: RateLimiter; clock?: Clock } = {}): Promise<TestServer> {
  const t = await createTestDb("anzhi-sdk-");
  const server = await startV1Server({
    db: t.db,
    ...(opts.rateLimiter ? { rateLimiter: opts.rateLimiter } : {}),
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  const orgA = await createIngestFixture(t.db, { slug: "org-a" });
  const orgB = await createIngestFixture(t.db, { slug: "org-b" });
  return {
    t,
    server,
    orgA,
    orgB,
    close: async () => {
      await server.close();
      await t.cleanup();
    },
  };
}

export function incoming(
  externalId: string,
  overrides: Partial<IncomingInspectionInput> = {},
): IncomingInspectionInput {
  return {
    externalId,
    materialName: "三元锂离子电芯",
    specModel: "INR21700-50E",
    batchNo: `CE-${externalId}`,
    supplierExternalId: "V-0042",
    quantity: 5000,
    unit: "只",
    receiptDate: "2026-11-20",
    inspectedAt: "2026-11-20T09:30:00+08:00",
    result: "pass",
    inspector: "王芳（IQC）",
    standardNo: "GB 43854-2024",
    lines: [
      { item: "外观", requirement: "无破损、漏液、变形", measured: "符合", result: "pass" },
      { item: "开路电压（OCV）", requirement: "3.55–3.65 V", measured: "3.601", unit: "V", result: "pass" },
      { item: "交流内阻", requirement: "≤15 mΩ", measured: "12.3", unit: "mΩ", result: "pass" },
      { item: "容量", requirement: "≥4900 mAh", measured: "5012", unit: "mAh", result: "pass" },
      { item: "直径", requirement: "21.10±0.10 mm", measured: "21.08", unit: "mm", result: "pass" },
    ],
    ...overrides,
  };
}

// Test fixture for the routines: an organisation with one member per role (two officers), a site
// and a risk control list (three daily items, one weekly, one monthly), and tRPC callers whose
// clock the test moves (ctx.now).
import { TRPCError } from "@trpc/server";
import type { Db } from "@anzhi/db";
import type { Role } from "@anzhi/contracts";
import { createCaller } from "./app.ts";
import { createContextInner } from "../trpc/context.ts";
import { appoint } from "../testing/appoint.ts";

export type Who = "principal" | "director" | "officer" | "officer2" | "viewer";
const ROLE: Record<Who, Role> = {
  principal: "principal",
  director: "director",
  officer: "officer",
  officer2: "officer",
  viewer: "viewer",
};
const USCC = { a: "91350100M000100Y43", b: "91110108MA01AB2C3T", c: "91320411MA1N2B3C4X" } as const;

export interface RoutineOrg {
  id: string;
  siteId: string;
  ids: Record<Who, string>;
  daily: string[];
  weekly: string;
  monthly: string;
  as: (who: Who) => ReturnType<typeof createCaller>;
}

/** A Shanghai wall-clock instant. */
export const sh = (isoLocal: string): Date => new Date(`${isoLocal}+08:00`);

export const clock = { now: sh("2026-10-09T10:00:00") };

export async function createRoutineOrg(db: Db, key: keyof typeof USCC): Promise<RoutineOrg> {
  const org = await db.organization.create({
    data: {
      slug: `routines-${key}`,
      kind: "producer",
      name: `${key.toUpperCase()} 电池有限公司`,
      uscc: USCC[key],
      regionCode: "320411",
      address: "常州市新北区",
      employeeCount: 50,
      annualRevenueWanYuan: 3000,
      sizeClass: "small",
    },
  });
  const ids = {} as Record<Who, string>;
  for (const who of Object.keys(ROLE) as Who[]) {
    const user = await db.user.create({
      data: { email: `${who}@${key}.routines.test`, name: `${key}-${who}`, passwordHash: "x" },
    });
    await db.membership.create({
      data: {
        userId: user.id,
        organizationId: org.id,
        rolesJson: JSON.stringify([ROLE[who]]),
        isAdmin: who === "principal",
      },
    });
    ids[who] = user.id;
    const role = ROLE[who];
    if (role !== "viewer") await appoint(db, org.id, user.id, role, { personName: `${key}-${who}` });
  }
  const site = await db.site.create({
    data: { organizationId: org.id, name: `${key.toUpperCase()} 一号厂区`, type: "factory", address: "常州" },
  });
  const list = await db.riskControlList.create({
    data: { organizationId: org.id, title: "风险管控清单", currentVersion: 1 },
  });
  await db.riskListVersion.create({
    data: {
      organizationId: org.id,
      listId: list.id,
      version: 1,
      reason: "initial",
      effectiveFrom: "2026-01-01",
      createdByUserId: ids.director,
      approvedByUserId: ids.principal,
      approvedAt: sh("2026-01-01T09:00:00"),
    },
  });
  const item = (seq: number, frequency: string, riskPoint: string) =>
    db.riskControlItem.create({
      data: {
        organizationId: org.id,
        listId: list.id,
        seq,
        stage: "process",
        riskCategory: "过程控制",
        riskPoint,
        controlMeasure: `${riskPoint}：按规程检查`,
        frequency,
        responsibleRole: "officer",
        basis: "GB 43854-2024",
        introducedInVersion: 1,
      },
      select: { id: true },
    });
  const daily = [
    (await item(1, "daily", "电芯来料一致性")).id,
    (await item(2, "daily", "焊接工艺参数")).id,
    (await item(3, "daily", "成品库温湿度")).id,
  ];
  const weekly = (await item(4, "weekly", "消防设施点检")).id;
  const monthly = (await item(5, "monthly", "计量器具校准状态")).id;
  return {
    id: org.id,
    siteId: site.id,
    ids,
    daily,
    weekly,
    monthly,
    as: (who) =>
      createCaller(
        createContextInner({
          db,
          user: { id: ids[who], email: `${who}@${key}.routines.test`, name: `${key}-${who}`, locale: "zh-CN" },
          activeOrganizationId: org.id,
          now: () => clock.now,
        }),
      ),
  };
}

/** The rejection of a call: tRPC code, domain code and field paths. */
export async function refused(
  promise: Promise<unknown>,
): Promise<{ code: string; appCode: string | undefined; paths: string[] }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { code?: string; issues?: Array<{ path: string }> } | undefined;
    return { code: error.code, appCode: cause?.code, paths: (cause?.issues ?? []).map((i) => i.path) };
  }
  throw new Error("expected the call to be refused");
}

// Test fixture: an organisation with one member per role (plus a second officer) and a tRPC
// caller acting as each of them, on a real SQLite database.
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Db } from "@anzhi/db";
import type { Clock } from "@anzhi/domain/clock";
import type { Role } from "@anzhi/contracts";
import { createCaller } from "../routers/app.ts";
import { createContextInner } from "../trpc/context.ts";
import { appoint } from "./appoint.ts";

export type Person = "principal" | "director" | "officer" | "officer2" | "viewer";

const ROLE_OF: Record<Person, Role> = {
  principal: "principal",
  director: "director",
  officer: "officer",
  officer2: "officer",
  viewer: "viewer",
};

export interface OrgPeople {
  id: string;
  ids: Record<Person, string>;
  as: (who: Person) => ReturnType<typeof createCaller>;
}

const USCC = { a: "91350100M000100Y43", b: "91110108MA01AB2C3T", c: "91320411MA1N2B3C4X" } as const;

/** `opts.clock` runs every caller at a chosen instant (default: the real time); see `testing/clock.ts`. */
export async function createOrgWithPeople(
  db: Db,
  key: keyof typeof USCC,
  kind: "producer" | "seller" | "both" = "producer",
  opts: { clock?: Clock } = {},
): Promise<OrgPeople> {
  const org = await db.organization.create({
    data: {
      slug: `org-${key}-${randomUUID().slice(0, 8)}`,
      kind,
      name: `${key.toUpperCase()} 电池有限公司`,
      uscc: USCC[key],
      regionCode: "320411",
      address: "常州市新北区",
      employeeCount: 50,
      annualRevenueWanYuan: 3000,
      sizeClass: "small",
    },
  });
  const ids = {} as Record<Person, string>;
  for (const who of Object.keys(ROLE_OF) as Person[]) {
    const user = await db.user.create({
      data: { email: `${who}@${key}.test`, name: `${key}-${who}`, passwordHash: "x" },
    });
    await db.membership.create({
      data: {
        userId: user.id,
        organizationId: org.id,
        rolesJson: JSON.stringify([ROLE_OF[who]]),
        isAdmin: who === "principal",
      },
    });
    ids[who] = user.id;
    // Everyone but the viewer holds the appointment their role signs under (ADR 016).
    const role = ROLE_OF[who];
    if (role !== "viewer") await appoint(db, org.id, user.id, role, { personName: `${key}-${who}` });
  }
  return {
    id: org.id,
    ids,
    as: (who) =>
      createCaller(
        createContextInner({
          db,
          user: { id: ids[who], email: `${who}@${key}.test`, name: `${key}-${who}`, locale: "zh-CN" },
          activeOrganizationId: org.id,
          ...(opts.clock ? { now: opts.clock } : {}),
        }),
      ),
  };
}

/** The TRPCError a call was refused with; throws (failing the test) when it succeeded or threw anything else. */
export async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError))
    throw new Error(
      `expected the call to be refused with a TRPCError, got ${error === null ? "success" : String(error)}`,
    );
  return error;
}

/** The rejection of a call: tRPC code, domain code and field paths. */
export async function refusal(
  promise: Promise<unknown>,
): Promise<{ code: string; appCode: string | undefined; paths: string[] }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    // A domain AppError (path strings) or the input schema's ZodError (path arrays), whichever refused.
    const cause = error.cause as { code?: string; issues?: Array<{ path: string | PropertyKey[] }> } | undefined;
    const zod = cause instanceof ZodError;
    const paths = (cause?.issues ?? []).map((i) => (Array.isArray(i.path) ? i.path.map(String).join(".") : i.path));
    return { code: error.code, appCode: zod ? "VALIDATION_FAILED" : cause?.code, paths };
  }
  throw new Error("expected the call to be refused");
}

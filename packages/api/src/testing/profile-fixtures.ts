// Test fixtures for the profile, certificate and risk-list routers: two organisations on a real
// SQLite file, each with a principal (admin), a director, an officer and a viewer, and a caller
// per person exactly as a signed-in session would build it.
import type { Db } from "@anzhi/db";
import { createOrganization } from "@anzhi/domain/orgs/organizations";
import { makeUscc } from "@anzhi/domain/seed/util";
import { createUser } from "@anzhi/domain/users/users";

import { createCaller } from "../routers/app.ts";
import { createContextInner } from "../trpc/context.ts";
import { localInstant, type OrgKind, type Role } from "@anzhi/contracts";
import { appoint } from "./appoint.ts";

export type Person = "principal" | "director" | "officer" | "viewer";

export interface TestOrg {
  id: string;
  users: Record<Person, { id: string; name: string }>;
  as: (person: Person) => ReturnType<typeof createCaller>;
}

const ROLES: Record<Person, { roles: Role[]; isAdmin: boolean; name: string }> = {
  principal: { roles: ["principal"], isAdmin: true, name: "王主要" },
  director: { roles: ["director"], isAdmin: false, name: "李总监" },
  officer: { roles: ["officer"], isAdmin: false, name: "张安全员" },
  viewer: { roles: ["viewer"], isAdmin: false, name: "赵只读" },
};

let counter = 0;

export async function createTestOrg(
  db: Db,
  opts: { kind?: OrgKind; key: string; now?: Date; clock?: () => Date },
): Promise<TestOrg> {
  counter += 1;
  const kind = opts.kind ?? "producer";
  const org = await createOrganization(
    db,
    {
      name: `${opts.key}测试企业有限公司`,
      uscc: makeUscc(
        "330106",
        `T${String(counter).padStart(2, "0")}${opts.key.toUpperCase().slice(0, 1)}ABCD`.slice(0, 8),
      ),
      kind,
      regionCode: "330106",
      address: "浙江省杭州市西湖区文三路1号",
      employeeCount: 120,
      annualRevenueWanYuan: 8000,
      ...(kind === "producer" ? {} : { salesChannel: "retail" }),
    },
    { actor: { kind: "system" }, now: opts.now ?? localInstant("2026-01-05 09:00") },
  );
  const users = {} as Record<Person, { id: string; name: string }>;
  for (const person of Object.keys(ROLES) as Person[]) {
    const def = ROLES[person];
    const user = await createUser(
      db,
      {
        email: `${person}.${opts.key}.${counter}@example.test`,
        name: def.name,
        password: "correct horse battery staple",
      },
      { membership: { organizationId: org.id, roles: def.roles, isAdmin: def.isAdmin }, actor: { kind: "system" } },
    );
    users[person] = { id: user.id, name: user.name };
    const role = def.roles[0];
    if (role && role !== "viewer") await appoint(db, org.id, user.id, role, { personName: def.name });
  }
  const as = (person: Person) =>
    createCaller(
      createContextInner({
        db,
        user: { id: users[person].id, email: `${person}@example.test`, name: users[person].name, locale: "zh-CN" },
        activeOrganizationId: org.id,
        ...(opts.clock ? { now: opts.clock } : {}),
      }),
    );
  return { id: org.id, users, as };
}

/** The tRPC error's app code and field issues, for assertions. */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; appCode: string; paths: string[] }> {
  try {
    await promise;
  } catch (error) {
    const e = error as {
      code?: string;
      cause?: { code?: string; issues?: { path: string }[] | { path: PropertyKey[] }[] };
    };
    const cause = e.cause;
    const issues = (cause?.issues ?? []) as Array<{ path: string | PropertyKey[] }>;
    return {
      code: e.code ?? "",
      appCode: cause?.code ?? "",
      paths: issues.map((i) => (Array.isArray(i.path) ? i.path.map(String).join(".") : i.path)),
    };
  }
  throw new Error("expected the call to fail");
}

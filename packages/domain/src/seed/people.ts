// Demo users, memberships, the appointment register (人员任命) and training records.
import type { OrgBase } from "./orgs.ts";
import { BATTERY_NAME, HARDWARE_NAME } from "./orgs.ts";
import type { OrgKey, PeopleSeed, SeedCtx } from "./types.ts";
import { addDays, at, atLocal, json, newId, sha256 } from "./util.ts";
import { acknowledgeAppointmentIn } from "../appointments/appointments.ts";
import { recordSupervisoryAssessmentIn } from "../appointments/training.ts";

export const DEMO_PASSWORD = "anzhi-demo-2026";
export const REGULATOR_AGENCY_NAME = "常州市新北区市场监督管理局";

type PersonRole = "principal" | "director" | "officer" | "viewer";

interface PersonDef {
  slot: "principal" | "director" | "officer1" | "officer2" | "viewer";
  email: string;
  name: string;
  role: PersonRole;
  isAdmin: boolean;
  phone: string;
  birth: string;
}

const PEOPLE: Record<OrgKey, PersonDef[]> = {
  battery: [
    {
      slot: "principal",
      email: "principal@demo-battery.anzhi.local",
      name: "周建华",
      role: "principal",
      isAdmin: true,
      phone: "13961120318",
      birth: "19720314",
    },
    {
      slot: "director",
      email: "director@demo-battery.anzhi.local",
      name: "王立新",
      role: "director",
      isAdmin: false,
      phone: "13815063372",
      birth: "19810622",
    },
    {
      slot: "officer1",
      email: "officer1@demo-battery.anzhi.local",
      name: "李明",
      role: "officer",
      isAdmin: false,
      phone: "15250217746",
      birth: "19900905",
    },
    {
      slot: "officer2",
      email: "officer2@demo-battery.anzhi.local",
      name: "陈静",
      role: "officer",
      isAdmin: false,
      phone: "18068531290",
      birth: "19930127",
    },
    {
      slot: "viewer",
      email: "viewer@demo-battery.anzhi.local",
      name: "赵磊",
      role: "viewer",
      isAdmin: false,
      phone: "13701508823",
      birth: "19950811",
    },
  ],
  hardware: [
    {
      slot: "principal",
      email: "principal@demo-hardware.anzhi.local",
      name: "孙国强",
      role: "principal",
      isAdmin: true,
      phone: "13905172261",
      birth: "19750530",
    },
    {
      slot: "director",
      email: "director@demo-hardware.anzhi.local",
      name: "刘芳",
      role: "director",
      isAdmin: false,
      phone: "13851609874",
      birth: "19860417",
    },
    {
      slot: "officer1",
      email: "officer@demo-hardware.anzhi.local",
      name: "吴涛",
      role: "officer",
      isAdmin: false,
      phone: "15996213305",
      birth: "19920203",
    },
  ],
};

export const REGULATOR_PERSON = { email: "inspector@xinbei-amr.anzhi.local", name: "黄志刚", phone: "13912385507" };

export function demoLogins(): Array<{ org: string; email: string; password: string; roles: string[] }> {
  const orgLogins = (key: OrgKey, org: string) =>
    PEOPLE[key].map((p) => ({ org, email: p.email, password: DEMO_PASSWORD, roles: [p.role] }));
  return [
    ...orgLogins("battery", BATTERY_NAME),
    ...orgLogins("hardware", HARDWARE_NAME),
    { org: REGULATOR_AGENCY_NAME, email: REGULATOR_PERSON.email, password: DEMO_PASSWORD, roles: ["regulator"] },
  ];
}

/** GB 11643 resident ID with a valid check character. */
function residentId(region: string, birth: string, seq: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const body = `${region}${birth}${seq}`;
  const sum = [...body].reduce((s, ch, i) => s + Number(ch) * at(weights, i), 0);
  return body + "10X98765432".charAt(sum % 11);
}

export async function createPeople(ctx: SeedCtx, org: OrgBase): Promise<PeopleSeed> {
  const { tx } = ctx;
  const defs = PEOPLE[org.key];
  const ids = new Map(defs.map((d) => [d.slot, newId()] as const));
  const userId = (slot: PersonDef["slot"]): string => {
    const id = ids.get(slot);
    if (!id) throw new Error(`seed: ${org.key} has no ${slot}`);
    return id;
  };
  await tx.user.createMany({
    data: defs.map((d) => ({
      id: userId(d.slot),
      email: d.email,
      name: d.name,
      passwordHash: ctx.passwordHash,
      phone: d.phone,
      createdAt: org.createdAt,
      updatedAt: org.createdAt,
      lastLoginAt: atLocal(ctx.yesterday, 8, 40),
    })),
  });
  await tx.membership.createMany({
    data: defs.map((d) => ({
      userId: userId(d.slot),
      organizationId: org.id,
      rolesJson: json([d.role]),
      isAdmin: d.isAdmin,
      createdAt: org.createdAt,
      updatedAt: org.createdAt,
    })),
  });

  // Appointment register: everyone but the viewer, plus an officer who moved to another post
  // and was replaced (the change is filed, never overwritten).
  const region = org.key === "battery" ? "320411" : "320102";
  const appointedOn = "2023-05-08";
  const raIds = new Map<string, string>();
  const handover = addDays(ctx.windowStart, -5);
  let predecessorId: string | null = null;
  if (org.key === "battery") {
    predecessorId = newId();
    await tx.roleAssignment.create({
      data: {
        id: predecessorId,
        organizationId: org.id,
        role: "officer",
        personName: "张伟",
        employment: "full_time",
        phoneEnc: ctx.encrypt("13584360915"),
        idNumberEnc: ctx.encrypt(residentId(region, "19880716", "153")),
        appointedOn,
        endedOn: handover,
        endReason: "调任生产部，质量安全员岗位由陈静接任",
        createdByUserId: userId("principal"),
        createdAt: org.createdAt,
        updatedAt: org.createdAt,
      },
    });
  }
  for (const [i, d] of defs.entries()) {
    if (d.role === "viewer") continue;
    const id = newId();
    raIds.set(d.slot, id);
    const replaces = d.slot === "officer2" ? predecessorId : null;
    const since = replaces ? handover : appointedOn;
    await tx.roleAssignment.create({
      data: {
        id,
        organizationId: org.id,
        role: d.role,
        personName: d.name,
        userId: userId(d.slot),
        employment: d.role === "principal" ? "part_time" : "full_time",
        phoneEnc: ctx.encrypt(d.phone),
        idNumberEnc: ctx.encrypt(residentId(region, d.birth, String(101 + i * 22).padStart(3, "0"))),
        appointedOn: since,
        supersedesId: replaces,
        createdByUserId: userId("principal"),
        createdAt: org.createdAt,
        updatedAt: org.createdAt,
      },
    });
  }

  const officers = defs
    .filter((d) => d.role === "officer")
    .map((d) => ({
      userId: userId(d.slot),
      name: d.name,
      siteId: d.slot === "officer2" && org.sites.second ? org.sites.second : org.sites.main,
      roleAssignmentId: raIds.get(d.slot) ?? "",
    }));
  await tx.appointmentScope.createMany({
    data: officers.map((o) => ({
      organizationId: org.id,
      roleAssignmentId: o.roleAssignmentId,
      siteId: o.siteId,
      createdAt: org.createdAt,
    })),
  });

  // Each appointee acknowledged the duties of their post on the day (确认岗位职责), by typed name,
  // through the service — so the register shows only acknowledgements signed by the person.
  for (const d of defs) {
    const id = raIds.get(d.slot);
    if (!id || (d.role !== "director" && d.role !== "officer")) continue;
    const since = d.slot === "officer2" && predecessorId ? handover : appointedOn;
    await acknowledgeAppointmentIn(
      tx,
      { organizationId: org.id, userId: userId(d.slot), now: atLocal(since, 16, 30) },
      { id, signature: { method: "typed", typedName: d.name } },
    );
  }

  const people: PeopleSeed = {
    principal: userId("principal"),
    director: userId("director"),
    officers,
    viewer: ids.get("viewer") ?? null,
    names: new Map(defs.map((d) => [userId(d.slot), d.name] as const)),
  };
  await createTraining(ctx, org, people, raIds);
  if (org.key === "hardware") {
    await tx.invitation.create({
      data: {
        organizationId: org.id,
        email: "newofficer@demo-hardware.anzhi.local",
        rolesJson: json(["officer"]),
        tokenHash: sha256(newId()),
        expiresAt: new Date(ctx.now.getTime() + 5 * 86_400_000),
        createdByUserId: people.principal,
        createdAt: new Date(ctx.now.getTime() - 2 * 86_400_000),
      },
    });
  }
  return people;
}

async function createTraining(
  ctx: SeedCtx,
  org: OrgBase,
  people: PeopleSeed,
  raIds: Map<string, string>,
): Promise<void> {
  const staff = [
    { userId: people.director, ra: raIds.get("director") ?? null },
    ...people.officers.map((o) => ({ userId: o.userId, ra: o.roleAssignmentId })),
  ];
  const sessions =
    org.key === "battery"
      ? [
          {
            day: 9,
            topic: "《工业产品生产单位落实质量安全主体责任监督管理规定》（总局令第75号）及《质量安全员守则》",
            trainer: "常州市质量协会 刘永康",
            hours: 4,
            who: staff,
          },
          {
            day: 36,
            topic: "GB 43854-2024《电动自行车用锂离子蓄电池安全技术规范》宣贯",
            trainer: "王立新",
            hours: 2,
            who: staff.slice(1),
          },
        ]
      : [
          {
            day: 12,
            topic: "《工业产品销售单位落实质量安全主体责任监督管理规定》（总局令第76号）与进货查验制度",
            trainer: "南京市玄武区市场监督管理局 宣讲组",
            hours: 3,
            who: staff,
          },
        ];
  if (org.key === "battery") {
    // The regulator's 监督抽查考核, recorded as the appointments page does (no subject, no typed result:
    // the ledgers word the default subject and the passed flag in the reader's language).
    const date = addDays(ctx.windowStart, 44);
    await recordSupervisoryAssessmentIn(
      ctx.tx,
      { organizationId: org.id, userId: people.director, now: atLocal(date, 17, 10) },
      {
        assessedOn: date,
        authority: REGULATOR_AGENCY_NAME,
        authorityRef: `新市监质考〔${date.slice(0, 4)}〕17号`,
        followUp: "考核合格，无需整改",
        results: staff
          .slice(0, 2)
          .flatMap((w, j) =>
            w.ra ? [{ roleAssignmentId: w.ra, passed: true, score: 82 + ((sessions.length * 7 + j * 5) % 15) }] : [],
          ),
      },
      null,
    );
  }
  for (const [i, s] of sessions.entries()) {
    const id = newId();
    const date = addDays(ctx.windowStart, s.day);
    await ctx.tx.trainingRecord.create({
      data: {
        id,
        organizationId: org.id,
        kind: "training",
        trainingDate: date,
        topic: s.topic,
        trainer: s.trainer,
        hours: s.hours,
        assessmentMethod: "exam",
        // Annual refresher training, as the appointments page records it (nextDueAt).
        nextDueAt: addDays(date, 365),
        createdByUserId: people.director,
        createdAt: atLocal(date, 17, 10),
        updatedAt: atLocal(date, 17, 10),
      },
    });
    await ctx.tx.trainingAttendee.createMany({
      data: s.who.map((w, j) => ({
        organizationId: org.id,
        trainingRecordId: id,
        roleAssignmentId: w.ra,
        userId: w.userId,
        personName: people.names.get(w.userId) ?? "",
        score: 82 + ((i * 7 + j * 5) % 15),
        passed: true,
        result: null,
      })),
    });
  }
}

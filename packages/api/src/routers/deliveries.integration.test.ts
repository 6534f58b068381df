// The outbox (ADR 023) against local stand-ins: a notification written anywhere is e-mailed through
// the local SMTP server and posted to the enterprise's WeCom and DingTalk robots (the local HTTP
// robot) in their documented JSON — DingTalk signed with its secret — once per event, a robot
// that is down is retried with backoff until it is up again, and nothing is sent twice.
import { drawnSignature } from "../testing/signature.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@anzhi/db/testing";
import { getEnv } from "@anzhi/config";
import { fieldCipherFor } from "@anzhi/domain/crypto/field-cipher";
import { deliveryTick, MAX_ATTEMPTS, type DeliveryConfig } from "@anzhi/domain/notifications/deliveries";
import { saveRobotChannel } from "@anzhi/domain/notifications/robots";
import { escalationTick } from "@anzhi/domain/notifications/escalation";
import { createOrgWithPeople, refusal, type OrgPeople } from "../testing/org-people.ts";
import { testClock } from "../testing/clock.ts";
import { decodeMailBody, startTestSmtp, type TestSmtp } from "../testing/smtp.ts";
import { startTestRobot, type TestRobot } from "../testing/robot.ts";

let t: TestDb;
let a: OrgPeople;
let b: OrgPeople;
let smtp: TestSmtp;
let robot: TestRobot;
let config: DeliveryConfig;
const clock = testClock("2027-03-15 09:00");
// The cipher the router uses too, so the settings page reads what the test saved.
const cipher = fieldCipherFor({ envKey: getEnv().ANZHI_ENCRYPTION_KEY, dataDir: getEnv().dataDir });
const SECRET = "SEC0123456789abcdef";

beforeAll(async () => {
  t = await createTestDb("anzhi-deliveries-");
  a = await createOrgWithPeople(t.db, "a", "producer", { clock });
  b = await createOrgWithPeople(t.db, "b", "producer", { clock });
  smtp = await startTestSmtp();
  robot = await startTestRobot();
  robot.dingtalkSecret = SECRET;
  config = { smtpUrl: smtp.url, mailFrom: "anzhi@test.local", publicUrl: "https://anzhi.example.com", cipher };
  const who = { organizationId: a.id, userId: a.ids.principal, now: clock() };
  const opts = { cipher, extraHosts: [robot.host] };
  await saveRobotChannel(
    t.db,
    who,
    { channel: "wecom", webhookUrl: `${robot.base}/cgi-bin/webhook/send?key=WK1`, enabled: true },
    opts,
  );
  await saveRobotChannel(
    t.db,
    who,
    { channel: "dingtalk", webhookUrl: `${robot.base}/robot/send?access_token=DT1`, secret: SECRET, enabled: true },
    opts,
  );
});
afterAll(async () => {
  await robot?.close();
  await smtp?.close();
  await t?.cleanup();
});

describe("delivering notifications", () => {
  it("e-mails each person and posts once per event to each robot, retrying a robot that is down", async () => {
    // A notification written by any code (here: an overdue hazard's reminder to owner and director).
    await t.db.hazard.create({
      data: {
        organizationId: a.id,
        hazardNo: "YH-2027-0009",
        source: "manual",
        title: "仓库消防通道堵塞",
        description: "d",
        severity: "general",
        dueDate: "2027-03-10",
        ownerUserId: a.ids.officer,
      },
    });
    await escalationTick(t.db, clock());
    expect(await t.db.notification.count({ where: { organizationId: a.id, kind: "hazard_overdue" } })).toBe(2);

    robot.mode = "down";
    const first = await deliveryTick(t.db, config, clock());
    expect(first).toMatchObject({ planned: 4, sent: 2, retrying: 2, failed: 0 });
    await smtp.waitFor(2);
    expect(smtp.received.map((m) => m.rcpt[0]).sort()).toEqual(["director@a.test", "officer@a.test"]);
    const mail = decodeMailBody(smtp.received[0]?.data ?? "");
    expect(mail).toContain("隐患YH-2027-0009已逾期 5 天");
    expect(mail).toContain("https://anzhi.example.com/app/reminders");
    expect(robot.posts).toEqual([]);

    // Before the backoff has passed nothing is tried again.
    clock.advance(30_000);
    expect(await deliveryTick(t.db, config, clock())).toMatchObject({ planned: 0, sent: 0, retrying: 0 });

    robot.mode = "up";
    clock.advance(31_000);
    expect(await deliveryTick(t.db, config, clock())).toMatchObject({ sent: 2, retrying: 0 });
    expect(robot.posts.map((p) => p.path).sort()).toEqual(["/cgi-bin/webhook/send", "/robot/send"]);
    const wecom = robot.posts.find((p) => p.path === "/cgi-bin/webhook/send");
    expect(wecom?.query).toEqual({ key: "WK1" });
    expect(wecom?.body.msgtype).toBe("markdown");
    expect(wecom?.body.markdown?.content).toContain("隐患YH-2027-0009已逾期");
    // One post names both people the reminder was written for.
    expect(wecom?.body.markdown?.content).toMatch(/提醒对象：a-(officer|director)、a-(officer|director)/);
    const ding = robot.posts.find((p) => p.path === "/robot/send");
    expect(ding?.query.access_token).toBe("DT1");
    expect(ding?.query.timestamp).toBe(String(clock().getTime()));
    expect(ding?.body).toMatchObject({
      msgtype: "markdown",
      markdown: { title: expect.stringContaining("YH-2027-0009") },
    });

    // Later ticks send nothing again.
    clock.advance(10 * 60_000);
    await escalationTick(t.db, clock());
    expect(await deliveryTick(t.db, config, clock())).toEqual({ planned: 0, sent: 0, failed: 0, retrying: 0 });
    expect(robot.posts).toHaveLength(2);
    expect(smtp.received).toHaveLength(2);
    const rows = await t.db.notificationDelivery.findMany({ where: { organizationId: a.id } });
    expect(rows.map((r) => [r.channel, r.status, r.attempts]).sort()).toEqual([
      ["dingtalk", "sent", 2],
      ["email", "sent", 1],
      ["email", "sent", 1],
      ["wecom", "sent", 2],
    ]);
  });

  it("a veto notice is delivered in the same tick it is written; another organisation's robot sees nothing", async () => {
    const before = robot.posts.length;
    await b.as("officer").proposals.create({
      signature: drawnSignature,
      type: "stop_production",
      defectDescription: "焊点虚焊",
      confirm: true,
    });
    await a.as("officer").proposals.create({
      signature: drawnSignature,
      type: "stop_production",
      defectDescription: "电芯鼓包",
      confirm: true,
    });
    await deliveryTick(t.db, config, clock());
    const posts = robot.posts.slice(before);
    expect(posts).toHaveLength(2); // organisation a's two robots; b has none
    expect(
      posts.every((p) => (p.body.markdown?.content ?? p.body.markdown?.text ?? "").includes("A 电池有限公司")),
    ).toBe(true);
    expect(smtp.received.map((m) => m.rcpt[0])).toEqual(
      expect.arrayContaining(["principal@a.test", "principal@b.test"]),
    );
  });

  it("gives up after the last attempt and records why; a robot that refuses (errcode) is retried like one that is down", async () => {
    robot.mode = "refuse";
    await t.db.notification.create({
      data: {
        organizationId: a.id,
        userId: a.ids.director,
        kind: "test",
        title: "无法送达的提醒",
        dedupeKey: "test:1",
        createdAt: clock(),
      },
    });
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await deliveryTick(t.db, config, clock());
      clock.advance(7 * 3_600_000);
    }
    robot.mode = "up";
    const rows = await t.db.notificationDelivery.findMany({ where: { key: "test:1" } });
    expect(rows.map((r) => [r.channel, r.status, r.attempts])).toEqual(
      expect.arrayContaining([
        ["wecom", "failed", MAX_ATTEMPTS],
        ["dingtalk", "failed", MAX_ATTEMPTS],
      ]),
    );
    expect(rows.find((r) => r.channel === "wecom")?.lastError).toContain("errcode 310000");
    const overview = await a.as("principal").notificationChannels.overview();
    expect(overview.robots.find((r) => r.channel === "wecom")).toMatchObject({
      masked: `${robot.host} …WK1`,
      failed: 1,
      delivered: expect.any(Number),
    });
  });

  it("a webhook on any other host is refused, and only admins manage robots", async () => {
    const r = await refusal(
      a.as("principal").notificationChannels.save({
        channel: "wecom",
        webhookUrl: "https://evil.example.com/cgi-bin/webhook/send?key=x",
        enabled: true,
      }),
    );
    expect(r).toMatchObject({ appCode: "VALIDATION_FAILED", paths: ["webhookUrl"] });
    expect(
      (
        await refusal(
          a.as("principal").notificationChannels.save({
            channel: "wecom",
            webhookUrl: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x",
            secret: "SECx",
            enabled: true,
          }),
        )
      ).paths,
    ).toEqual(["secret"]);
    expect((await refusal(a.as("director").notificationChannels.overview())).code).toBe("FORBIDDEN");
    await a.as("principal").notificationChannels.save({
      channel: "wecom",
      webhookUrl: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcd1234",
      enabled: true,
    });
    const stored = await t.db.orgRobotChannel.findFirstOrThrow({ where: { organizationId: a.id, channel: "wecom" } });
    expect(stored.webhookUrlEnc).not.toContain("abcd1234");
  });
});

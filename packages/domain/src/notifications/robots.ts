// 设置 → 提醒渠道: an enterprise's 企业微信 / 钉钉 group robots. Admins save the webhook URL the robot
// gives (and DingTalk's 加签 secret), encrypted at rest; the page shows only the host and the end
// of the key, and how the last deliveries went. A webhook must be on the robot's own host
// (ROBOT_WEBHOOK_HOSTS) unless the operator allows others (a proxy; a local stand-in in tests), so
// the server never posts reminders to an arbitrary address.
import { ROBOT_WEBHOOK_HOSTS, type RobotChannelKind, type RobotChannelSave } from "@anzhi/contracts";
import type { Db } from "@anzhi/db";
import { recordAudit } from "../audit/audit.ts";
import type { FieldCipher } from "../crypto/field-cipher.ts";
import { AppError, fieldError } from "../errors.ts";

export interface RobotChannelView {
  channel: RobotChannelKind;
  /** host and the last characters of the key, e.g. "qyapi.weixin.qq.com …a1b2" */
  masked: string;
  hasSecret: boolean;
  enabled: boolean;
  updatedAt: Date;
  delivered: number;
  pending: number;
  failed: number;
  lastError: string | null;
}

function mask(url: string): string {
  const u = new URL(url);
  const key = [...u.searchParams.values()].at(-1) ?? u.pathname;
  return `${u.host} …${key.slice(-4)}`;
}

export async function listRobotChannels(
  db: Db,
  organizationId: string,
  cipher: FieldCipher,
): Promise<RobotChannelView[]> {
  const [rows, counts, lastFailures] = await Promise.all([
    db.orgRobotChannel.findMany({ where: { organizationId }, orderBy: { channel: "asc" } }),
    db.notificationDelivery.groupBy({
      by: ["channel", "status"],
      where: { organizationId, channel: { in: ["wecom", "dingtalk"] } },
      _count: { _all: true },
    }),
    db.notificationDelivery.findMany({
      where: { organizationId, channel: { in: ["wecom", "dingtalk"] }, lastError: { not: null } },
      orderBy: { createdAt: "desc" },
      distinct: ["channel"],
      select: { channel: true, lastError: true },
    }),
  ]);
  const count = (channel: string, status: string) =>
    counts.find((c) => c.channel === channel && c.status === status)?._count._all ?? 0;
  return rows.map((r) => ({
    channel: r.channel as RobotChannelKind,
    masked: mask(cipher.decrypt(r.webhookUrlEnc)),
    hasSecret: r.secretEnc !== null,
    enabled: r.enabled,
    updatedAt: r.updatedAt,
    delivered: count(r.channel, "sent"),
    pending: count(r.channel, "pending"),
    failed: count(r.channel, "failed"),
    lastError: lastFailures.find((f) => f.channel === r.channel)?.lastError ?? null,
  }));
}

export async function saveRobotChannel(
  db: Db,
  ctx: { organizationId: string; userId: string; now: Date },
  input: RobotChannelSave,
  opts: { cipher: FieldCipher; extraHosts?: readonly string[] },
): Promise<void> {
  const url = new URL(input.webhookUrl);
  const official = url.host === ROBOT_WEBHOOK_HOSTS[input.channel] && url.protocol === "https:";
  if (!official && !(opts.extraHosts ?? []).includes(url.host))
    throw fieldError("VALIDATION_FAILED", "webhookUrl", "robot.host_not_allowed");
  await db.$transaction(async (tx) => {
    const data = {
      webhookUrlEnc: opts.cipher.encrypt(url.toString()),
      secretEnc: input.secret ? opts.cipher.encrypt(input.secret) : null,
      enabled: input.enabled,
      updatedByUserId: ctx.userId,
    };
    await tx.orgRobotChannel.upsert({
      where: { organizationId_channel: { organizationId: ctx.organizationId, channel: input.channel } },
      create: { organizationId: ctx.organizationId, channel: input.channel, ...data },
      update: data,
    });
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "robot_channel.save",
      entityType: "org_robot_channel",
      entityId: input.channel,
      data: { channel: input.channel, host: url.host, signed: Boolean(input.secret), enabled: input.enabled },
    });
  });
}

/** Removes a robot; its queued deliveries are dropped (marked failed), sent ones stay as history. */
export async function removeRobotChannel(
  db: Db,
  ctx: { organizationId: string; userId: string },
  channel: RobotChannelKind,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const removed = await tx.orgRobotChannel.deleteMany({ where: { organizationId: ctx.organizationId, channel } });
    if (removed.count === 0) throw new AppError("RECORD_NOT_FOUND");
    await tx.notificationDelivery.updateMany({
      where: { organizationId: ctx.organizationId, channel, status: "pending" },
      data: { status: "failed", lastError: "channel removed" },
    });
    await recordAudit(tx, {
      organizationId: ctx.organizationId,
      actor: { kind: "user", userId: ctx.userId },
      action: "robot_channel.remove",
      entityType: "org_robot_channel",
      entityId: channel,
      data: { channel },
    });
  });
}

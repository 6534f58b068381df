// An enterprise's group robots (设置 → 提醒渠道): the webhook URL a 企业微信 or 钉钉 group robot gives
// when it is added to a group, and DingTalk's optional 加签 secret. The domain also checks the host
// (only the robots' own hosts unless the operator allows another, docs/decisions/023).
import { z } from "zod";

export const RobotChannelKind = z.enum(["wecom", "dingtalk"]);
export type RobotChannelKind = z.infer<typeof RobotChannelKind>;

/** The hosts a robot's webhook is on (documented by WeCom and DingTalk). */
export const ROBOT_WEBHOOK_HOSTS: Record<RobotChannelKind, string> = {
  wecom: "qyapi.weixin.qq.com",
  dingtalk: "oapi.dingtalk.com",
};

export const RobotChannelSaveSchema = z
  .strictObject({
    channel: RobotChannelKind,
    webhookUrl: z
      .string()
      .trim()
      .min(1, { error: "field.required" })
      .max(500, { error: "field.too_long" })
      .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), { error: "robot.url_invalid" }),
    /** DingTalk 加签 secret (SEC…); empty = the robot checks keywords or IP ranges instead. */
    secret: z.string().trim().max(200, { error: "field.too_long" }).optional(),
    enabled: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (v.channel === "wecom" && v.secret)
      ctx.addIssue({ code: "custom", message: "robot.secret_dingtalk_only", path: ["secret"] });
  });
export type RobotChannelSave = z.infer<typeof RobotChannelSaveSchema>;

export const RobotChannelRemoveSchema = z.strictObject({ channel: RobotChannelKind });

// The channels a notification is delivered by besides the app itself: e-mail (when SMTP_URL is set)
// and an enterprise's group robots — 企业微信 (WeCom) and 钉钉 (DingTalk) — each one `Sender` that
// takes a message and resolves when the channel accepted it, or throws (the outbox retries).
// Message formats are the robots' documented ones:
//   WeCom:    POST <webhook>            {"msgtype":"markdown","markdown":{"content":"…"}} → {"errcode":0}
//   DingTalk: POST <webhook>[&timestamp=<ms>&sign=<base64 HMAC-SHA256(secret, "<ms>\n<secret>")>]
//             {"msgtype":"markdown","markdown":{"title":"…","text":"…"}}                → {"errcode":0}
import { createHmac } from "node:crypto";
import nodemailer from "nodemailer";

export const DELIVERY_CHANNELS = ["email", "wecom", "dingtalk"] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export type RobotChannel = Exclude<DeliveryChannel, "email">;

export interface DeliveryMessage {
  organizationName: string;
  title: string;
  body: string | null;
  /** Where the reminder is done (absolute when ANZHI_PUBLIC_URL is set), or null. */
  link: string | null;
  /** Who the reminder is for: one person by e-mail; everyone it was written for on a robot. */
  recipients: Array<{ name: string; email: string | null }>;
}

export interface Sender {
  send: (message: DeliveryMessage, now: Date) => Promise<void>;
}

export class DeliveryError extends Error {}

const TIMEOUT_MS = 10_000;

function robotText(m: DeliveryMessage): string {
  const lines = [`**${m.title}**`, "", `企业：${m.organizationName}`];
  if (m.recipients.length > 0) lines.push(`提醒对象：${m.recipients.map((r) => r.name).join("、")}`);
  if (m.body) lines.push("", m.body);
  if (m.link) lines.push("", `[在安质中处理](${m.link})`);
  return lines.join("\n");
}

async function postJson(url: string, payload: unknown): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    throw new DeliveryError(`unreachable: ${e instanceof Error ? e.message : String(e)}`);
  }
  const text = await response.text();
  if (!response.ok) throw new DeliveryError(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  let answer: { errcode?: unknown; errmsg?: unknown };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new DeliveryError(`not a robot answer: ${text.slice(0, 200)}`);
  }
  if (answer.errcode !== 0) throw new DeliveryError(`errcode ${String(answer.errcode)}: ${String(answer.errmsg)}`);
}

export function wecomSender(webhookUrl: string): Sender {
  return {
    send: (m) => postJson(webhookUrl, { msgtype: "markdown", markdown: { content: robotText(m) } }),
  };
}

/** DingTalk's 加签: the query a signed request carries at `now`. */
export function dingtalkSignature(secret: string, now: Date): { timestamp: string; sign: string } {
  const timestamp = String(now.getTime());
  const sign = createHmac("sha256", secret).update(`${timestamp}\n${secret}`, "utf8").digest("base64");
  return { timestamp, sign };
}

export function dingtalkSender(webhookUrl: string, secret: string | null): Sender {
  return {
    send: (m, now) => {
      const url = new URL(webhookUrl);
      if (secret) {
        const { timestamp, sign } = dingtalkSignature(secret, now);
        url.searchParams.set("timestamp", timestamp);
        url.searchParams.set("sign", sign);
      }
      return postJson(url.toString(), { msgtype: "markdown", markdown: { title: m.title, text: robotText(m) } });
    },
  };
}

export function emailSender(smtpUrl: string, from: string): Sender {
  return {
    send: async (m) => {
      const to = m.recipients.flatMap((r) => (r.email ? [r.email] : []));
      if (to.length === 0) throw new DeliveryError("no e-mail address");
      const text = [
        `${m.recipients.map((r) => r.name).join("、")}：`,
        "",
        m.title,
        ...(m.body ? ["", m.body] : []),
        "",
        `企业：${m.organizationName}`,
        ...(m.link ? [`处理：${m.link}`] : []),
        "",
        "——安质 Anzhi 提醒（在应用的「提醒」中也可查看）",
      ].join("\n");
      const transport = nodemailer.createTransport(smtpUrl);
      try {
        await transport.sendMail({ from, to, subject: `【安质提醒】${m.title}`, text });
      } catch (e) {
        throw new DeliveryError(`smtp: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        transport.close();
      }
    },
  };
}

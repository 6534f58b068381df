// The password reset e-mail, sent only when SMTP_URL is configured.
import nodemailer from "nodemailer";
import type { Locale } from "@anzhi/contracts";

export interface PasswordResetMail {
  to: string;
  name: string;
  link: string;
  expiresAt: Date;
  locale: Locale;
}

export function passwordResetMessage(m: PasswordResetMail): { subject: string; text: string } {
  const until = `${m.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  if (m.locale === "en") {
    return {
      subject: "Reset your Anzhi password",
      text: `Hello ${m.name},\n\nSomeone (hopefully you) asked to reset the password of your Anzhi account.\nOpen this link to choose a new one (single use, valid until ${until}):\n${m.link}\n\nIf you did not ask, ignore this e-mail: your password stays as it is.\n`,
    };
  }
  return {
    subject: "重置你的安质密码",
    text: `${m.name}，你好：\n\n有人（希望是你本人）申请重置你的安质账号密码。\n请打开以下链接设置新密码（仅可使用一次，${until} 前有效）：\n${m.link}\n\n如果不是你本人申请，请忽略本邮件，你的密码不会改变。\n`,
  };
}

/** Sends the reset e-mail; resolves false (and logs) when sending fails. */
export async function sendPasswordResetMail(smtpUrl: string, from: string, m: PasswordResetMail): Promise<boolean> {
  const { subject, text } = passwordResetMessage(m);
  try {
    const transport = nodemailer.createTransport(smtpUrl);
    await transport.sendMail({ from, to: m.to, subject, text });
    transport.close();
    return true;
  } catch (error) {
    console.error("[mail] password reset e-mail failed", error instanceof Error ? error.message : error);
    return false;
  }
}

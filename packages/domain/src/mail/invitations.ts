// E-mail for invitations, sent only when SMTP_URL is configured (e.g.
// smtps://user:pass@smtp.example.com:465). Without it the admin copies the link by hand.
import nodemailer from "nodemailer";
import type { Locale, Role } from "@anzhi/contracts";

const ROLE_NAMES: Record<Locale, Record<Role, string>> = {
  "zh-CN": { principal: "主要负责人", director: "质量安全总监", officer: "质量安全员", viewer: "只读成员" },
  en: {
    principal: "principal",
    director: "quality-safety director",
    officer: "quality-safety officer",
    viewer: "viewer",
  },
};

export interface InvitationMail {
  to: string;
  link: string;
  organizationName: string;
  inviterName: string;
  roles: readonly Role[];
  expiresAt: Date;
  locale: Locale;
}

export function invitationMessage(m: InvitationMail): { subject: string; text: string } {
  const roles = m.roles.map((r) => ROLE_NAMES[m.locale][r]).join(m.locale === "zh-CN" ? "、" : ", ");
  const until = m.expiresAt.toISOString().slice(0, 10);
  if (m.locale === "en") {
    return {
      subject: `${m.inviterName} invites you to ${m.organizationName} on Anzhi`,
      text: `${m.inviterName} invites you to join ${m.organizationName} on Anzhi as ${roles}.\n\nOpen this link (single use, valid until ${until}):\n${m.link}\n`,
    };
  }
  return {
    subject: `${m.inviterName}邀请你加入安质上的「${m.organizationName}」`,
    text: `${m.inviterName}邀请你以「${roles}」身份加入安质上的「${m.organizationName}」。\n\n请打开以下链接接受邀请（仅可使用一次，${until} 前有效）：\n${m.link}\n`,
  };
}

/** Sends the invitation; resolves false (and logs) when sending fails, so inviting still works. */
export async function sendInvitationMail(smtpUrl: string, from: string, m: InvitationMail): Promise<boolean> {
  const { subject, text } = invitationMessage(m);
  try {
    const transport = nodemailer.createTransport(smtpUrl);
    await transport.sendMail({ from, to: m.to, subject, text });
    transport.close();
    return true;
  } catch (error) {
    console.error("[mail] invitation e-mail failed", error instanceof Error ? error.message : error);
    return false;
  }
}

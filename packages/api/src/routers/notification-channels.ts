// 设置 → 提醒渠道 (admins): the enterprise's 企业微信 / 钉钉 group robots that reminders are posted to
// besides the app and e-mail (docs/decisions/023), and whether e-mail is on (SMTP_URL).
import type { TRPCRouterRecord } from "@trpc/server";
import { RobotChannelRemoveSchema, RobotChannelSaveSchema } from "@anzhi/contracts";
import { getEnv } from "@anzhi/config";
import { fieldCipherFor } from "@anzhi/domain/crypto/field-cipher";
import { listRobotChannels, removeRobotChannel, saveRobotChannel } from "@anzhi/domain/notifications/robots";
import { adminProcedure } from "../trpc/procedures.ts";
import { whoOf } from "../trpc/actors.ts";

function cipher() {
  const env = getEnv();
  return fieldCipherFor({ envKey: env.ANZHI_ENCRYPTION_KEY, dataDir: env.dataDir });
}

export const notificationChannelsRouter = {
  overview: adminProcedure.query(async ({ ctx }) => ({
    emailEnabled: Boolean(getEnv().SMTP_URL),
    robots: await listRobotChannels(ctx.orgDb, ctx.org.id, cipher()),
  })),
  save: adminProcedure
    .input(RobotChannelSaveSchema)
    .mutation(({ ctx, input }) =>
      saveRobotChannel(ctx.orgDb, whoOf(ctx), input, { cipher: cipher(), extraHosts: getEnv().ANZHI_ROBOT_HOSTS }),
    ),
  remove: adminProcedure
    .input(RobotChannelRemoveSchema)
    .mutation(({ ctx, input }) => removeRobotChannel(ctx.orgDb, whoOf(ctx), input.channel)),
} satisfies TRPCRouterRecord;

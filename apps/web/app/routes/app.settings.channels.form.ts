// The forms of 提醒渠道 (reminder channels), one schema per intent, checked by the
// notificationChannels procedures' contracts schemas.
import { z } from "zod";
import { RobotChannelRemoveSchema, RobotChannelSaveSchema } from "@anzhi/contracts";

/** A robot: its webhook, DingTalk's optional secret, and whether reminders are posted to it. */
const SaveIntentSchema = z
  .object({
    intent: z.literal("save"),
    channel: z.string().optional(),
    webhookUrl: z.string().optional(),
    secret: z.string().optional(),
    enabled: z.boolean().optional(),
  })
  // The shaped value is whatever the contracts schema in the pipe then accepts or refuses.
  .transform(({ secret, enabled, ...rest }): unknown => ({
    ...rest,
    secret: secret?.trim() ? secret : undefined,
    enabled: enabled ?? false,
  }))
  .pipe(RobotChannelSaveSchema.safeExtend({ intent: z.literal("save") }));

export const ChannelsFormSchema = z.discriminatedUnion("intent", [
  SaveIntentSchema,
  RobotChannelRemoveSchema.safeExtend({ intent: z.literal("remove") }),
]);

// The forms of 成员管理, one schema per intent, checked by the members procedures' contracts schemas.
import { z } from "zod";
import { IdSchema, InvitationCreateSchema, MemberRolesUpdateSchema, MembershipIdSchema } from "@anzhi/contracts";

/** An unticked 管理员 box posts nothing: not an admin. */
const isAdmin = z.boolean().default(false);

export const MembersFormSchema = z.discriminatedUnion("intent", [
  InvitationCreateSchema.safeExtend({ intent: z.literal("invite"), isAdmin }).strip(),
  MemberRolesUpdateSchema.extend({ intent: z.literal("roles"), isAdmin }).strip(),
  MembershipIdSchema.safeExtend({ intent: z.enum(["deactivate", "reactivate"]) }).strip(),
  z.object({ intent: z.literal("revoke"), invitationId: IdSchema }),
]);

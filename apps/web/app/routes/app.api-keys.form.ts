// The forms of API 密钥, one schema per intent, checked by the apiKeys procedures' contracts schemas.
import { z } from "zod";
import { ApiKeyCreateSchema, IdSchema } from "@anzhi/contracts";

export const ApiKeysFormSchema = z.discriminatedUnion("intent", [
  ApiKeyCreateSchema.safeExtend({ intent: z.literal("create") }).strip(),
  z.object({ intent: z.literal("revoke"), id: IdSchema }),
]);

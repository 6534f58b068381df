// The bulk-assignment form of 风险管控清单: the ticked items (`itemIds`, one checkbox per card, tied to
// the form by its id) get one person in one new version with one reason — checked by
// riskList.assignItems' own contracts schema.
import { z } from "zod";
import { RiskItemsAssignSchema } from "@anzhi/contracts";

export const RiskListAssignFormSchema = RiskItemsAssignSchema.safeExtend({ intent: z.literal("assign") });

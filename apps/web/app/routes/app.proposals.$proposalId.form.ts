// The principal's decision form on a proposal, checked by proposals.decide's contracts schema (the
// proposal's id comes from the URL and is set on the post before it is read).
import { ProposalDecideSchema } from "@anzhi/contracts";

export const ProposalDecideFormSchema = ProposalDecideSchema.strip();

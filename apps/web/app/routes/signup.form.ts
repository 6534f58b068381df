// The sign-up form: the fields auth.signUp takes, posted under their own names and checked by its
// contracts schema (anything else posted is dropped).
import { SignUpSchema } from "@anzhi/contracts";

export const SignUpFormSchema = SignUpSchema.strip();

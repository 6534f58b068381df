// The form of 登记任命: the appointment's fields as appointments.create takes them (the signed
// document is added by the action after the upload is read), checked by its contracts schema.
import { AppointmentCreateSchema } from "@anzhi/contracts";

export const AppointmentNewFormSchema = AppointmentCreateSchema.strip();

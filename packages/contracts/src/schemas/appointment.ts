// 人员任命 — the appointment register of principal (主要负责人), director (质量安全总监) and officers
// (质量安全员), and their training/assessment records.
import { z } from "zod";
import { Employment } from "../enums";
import { LocalDateSchema } from "../periods";
import { FileIdSchema, IdSchema, optionalText, requiredText, typeError, UserIdSchema } from "./common";
import { refTo, type RefModel } from "./refs";
import { ResidentIdSchema } from "./identifiers";
import { SignatureCaptureSchema } from "./signature";

export const AppointmentRole = z.enum(["principal", "director", "officer"]);
export type AppointmentRole = z.infer<typeof AppointmentRole>;

/** A phone number as people write it: digits with optional +, spaces and hyphens. */
export const PhoneSchema = z
  .string({ error: typeError() })
  .trim()
  .min(1, { error: "field.required" })
  .max(30, { error: "field.too_long" })
  .regex(/^\+?[0-9][0-9 -]{4,28}$/, { error: "field.invalid" });

const ids = (model: RefModel) => z.array(refTo(IdSchema, model)).max(200, { error: "field.too_many" }).default([]);

/** The record fields; the signed 任命文件 comes with it as bytes (AppointmentCreateWithDocumentSchema, ../uploads.ts). */
export const AppointmentCreateSchema = z.strictObject({
  role: AppointmentRole,
  personName: requiredText(50),
  /** The member's account when the person uses Anzhi (optional). */
  userId: UserIdSchema.optional(),
  employment: Employment,
  phone: PhoneSchema,
  idNumber: ResidentIdSchema.optional(),
  appointedOn: LocalDateSchema,
  /** Qualifications (regulation.md §2.4): 学历, 职称, years of relevant experience. */
  education: optionalText(50),
  professionalTitle: optionalText(50),
  yearsExperience: z
    .number({ error: typeError() })
    .int({ error: "field.invalid" })
    .min(0, { error: "field.too_small" })
    .max(70, { error: "field.too_big" })
    .optional(),
  siteIds: ids("site"),
  productIds: ids("product"),
  riskItemIds: ids("riskItem"),
  // The duties are acknowledged by the appointee themselves, signing (appointments.acknowledge):
  // whoever records the appointment cannot tick it for them.
  /** When this appointment replaces an earlier one (change of person or scope). */
  supersedesId: IdSchema.optional(),
});
export type AppointmentCreateInput = z.input<typeof AppointmentCreateSchema>;

/** appointments.document: the signed document of a register entry (a file of the caller's organisation). */
export const AppointmentDocumentSchema = z.strictObject({ fileId: FileIdSchema });

export const AppointmentEndSchema = z.strictObject({
  id: IdSchema,
  endedOn: LocalDateSchema,
  endReason: requiredText(200),
});

/**
 * appointments.linkAccount: ties a current appointment registered without an account to the
 * person's account once they are an active member, so they can sign 确认岗位职责 (docs/decisions/032).
 */
export const AppointmentLinkAccountSchema = z.strictObject({
  id: IdSchema,
  userId: UserIdSchema,
});
export type AppointmentLinkAccount = z.output<typeof AppointmentLinkAccountSchema>;

/**
 * appointments.acknowledge (确认岗位职责): the appointee, signed in as themselves, signs that they
 * acknowledge the duties of their current post (docs/decisions/032). The signer is the session's user.
 */
export const AppointmentAcknowledgeSchema = z.strictObject({
  id: IdSchema,
  signature: SignatureCaptureSchema,
});
export type AppointmentAcknowledge = z.output<typeof AppointmentAcknowledgeSchema>;

export const AssessmentMethod = z.enum(["exam", "interview", "practical"]);

export const TrainingCreateSchema = z.strictObject({
  trainingDate: LocalDateSchema,
  topic: requiredText(200),
  trainer: optionalText(50),
  hours: z
    .number({ error: typeError() })
    .min(0, { error: "field.too_small" })
    .max(1000, { error: "field.too_big" })
    .optional(),
  assessmentMethod: AssessmentMethod.optional(),
  /** Recurring training: when the next session of this topic is due (after trainingDate). */
  nextDueAt: LocalDateSchema.optional(),
  notes: optionalText(1000),
  attendees: z
    .array(
      z.strictObject({
        roleAssignmentId: IdSchema,
        score: z
          .number({ error: typeError() })
          .min(0, { error: "field.too_small" })
          .max(100, { error: "field.too_big" })
          .optional(),
        passed: z.boolean({ error: typeError() }).optional(),
      }),
    )
    .min(1, { error: "field.too_few" })
    .max(200, { error: "field.too_many" }),
});
export type TrainingCreateInput = z.input<typeof TrainingCreateSchema>;

/** Shows only the first 3 and last 4 characters of an ID number: 320***********123X. */
export function maskIdNumber(id: string): string {
  return id.length <= 7 ? "*".repeat(id.length) : `${id.slice(0, 3)}${"*".repeat(id.length - 7)}${id.slice(-4)}`;
}

/** Shows the first 3 and last 4 digits of a phone number. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length <= 7 ? digits : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/**
 * 监督抽查考核: a market regulator's supervisory assessment of the appointed director/officers, as
 * the enterprise records it — the authority, its reference, each person's result and the follow-up
 * it requires. The notice or result sheet comes with it as a file (uploads.ts).
 */
export const SupervisoryAssessmentCreateSchema = z.strictObject({
  assessedOn: LocalDateSchema,
  authority: requiredText(100),
  authorityRef: optionalText(100),
  topic: optionalText(200),
  followUp: optionalText(1000),
  results: z
    .array(
      z.strictObject({
        roleAssignmentId: IdSchema,
        passed: z.boolean({ error: typeError() }),
        score: z
          .number({ error: typeError() })
          .min(0, { error: "field.too_small" })
          .max(100, { error: "field.too_big" })
          .optional(),
        result: optionalText(200),
      }),
    )
    .min(1, { error: "field.too_few" })
    .max(200, { error: "field.too_many" }),
});
export type SupervisoryAssessmentCreateInput = z.input<typeof SupervisoryAssessmentCreateSchema>;

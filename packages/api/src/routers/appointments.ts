// The appointment register (人员任命) and training/assessment records. Every member can read the
// register (phone and ID number masked); principals, directors and admins record appointments,
// changes and trainings, and see phone numbers in full.
import type { TRPCRouterRecord } from "@trpc/server";
import { getEnv } from "@anzhi/config";
import {
  AppointmentAcknowledgeSchema,
  AppointmentDocumentSchema,
  AppointmentEndSchema,
  AppointmentLinkAccountSchema,
  TrainingCreateSchema,
} from "@anzhi/contracts";
import { AppointmentCreateWithDocumentSchema, SupervisoryAssessmentWithEvidenceSchema } from "@anzhi/contracts/uploads";
import { fieldCipherFor } from "@anzhi/domain/crypto/field-cipher";
import {
  acknowledgeAppointment,
  appointmentDocument,
  assessmentEvidence,
  createAppointment,
  endAppointment,
  listAppointments,
} from "@anzhi/domain/appointments/appointments";
import { linkAppointmentAccount } from "@anzhi/domain/appointments/link-account";
import { createSupervisoryAssessment, createTraining, listTrainings } from "@anzhi/domain/appointments/training";
import { appointmentScopeOptions } from "@anzhi/domain/members/options";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { attachmentDownload } from "./download.ts";
import { whoOf } from "../trpc/actors.ts";
import { configuredFileStorage } from "@anzhi/domain/files/storage";

const managerProcedure = roleProcedure(["principal", "director"], { admin: true });

function cipher() {
  const env = getEnv();
  return fieldCipherFor({ envKey: env.ANZHI_ENCRYPTION_KEY, dataDir: env.dataDir });
}

export const appointmentsRouter = {
  list: memberProcedure.query(({ ctx }) => {
    const reveal = ctx.org.isAdmin || ctx.org.roles.includes("principal") || ctx.org.roles.includes("director");
    return listAppointments(ctx.orgDb, ctx.org.id, { cipher: cipher(), reveal });
  }),
  /** A new appointment, or with `supersedesId` a change that ends the earlier one; the signed document comes as bytes. */
  create: managerProcedure
    .input(AppointmentCreateWithDocumentSchema)
    .mutation(({ ctx, input }) =>
      createAppointment(ctx.orgDb, { ...whoOf(ctx), cipher: cipher(), dataDir: configuredFileStorage() }, input),
    ),
  end: managerProcedure
    .input(AppointmentEndSchema)
    .mutation(({ ctx, input }) => endAppointment(ctx.orgDb, whoOf(ctx), input)),
  /**
   * Ties a current appointment registered without an account to the person's account (an active
   * member, checked by the reference walk and the service), so they can sign 确认岗位职责 themselves.
   */
  linkAccount: managerProcedure
    .input(AppointmentLinkAccountSchema)
    .mutation(({ ctx, input }) => linkAppointmentAccount(ctx.orgDb, whoOf(ctx), input)),
  /** 确认岗位职责: the appointee signs for the duties of their own current post (nobody signs for another). */
  acknowledge: memberProcedure
    .input(AppointmentAcknowledgeSchema)
    .mutation(({ ctx, input }) => acknowledgeAppointment(ctx.orgDb, whoOf(ctx), input)),
  /** The signed appointment document of a register entry, for download (the file is checked to be the organisation's by the reference walk). */
  document: memberProcedure
    .input(AppointmentDocumentSchema)
    .query(async ({ ctx, input }) =>
      attachmentDownload(
        await appointmentDocument(ctx.orgDb, ctx.org.id, configuredFileStorage(), input.fileId),
        "attachment",
      ),
    ),
  /** What an appointment can cover: the organisation's sites, products and current risk items. */
  scopeOptions: memberProcedure.query(({ ctx }) => appointmentScopeOptions(ctx.orgDb, ctx.org.id)),
  trainings: memberProcedure.query(({ ctx }) => listTrainings(ctx.orgDb, ctx.org.id)),
  createTraining: managerProcedure
    .input(TrainingCreateSchema)
    .mutation(({ ctx, input }) => createTraining(ctx.orgDb, whoOf(ctx), input)),
  /** The regulator's 监督抽查考核 of the appointed staff, with its notice as bytes. */
  createAssessment: managerProcedure
    .input(SupervisoryAssessmentWithEvidenceSchema)
    .mutation(({ ctx, input }) =>
      createSupervisoryAssessment(ctx.orgDb, { ...whoOf(ctx), dataDir: configuredFileStorage() }, input),
    ),
  /** The notice of a 监督抽查考核, for download. */
  evidence: memberProcedure
    .input(AppointmentDocumentSchema)
    .query(async ({ ctx, input }) =>
      attachmentDownload(
        await assessmentEvidence(ctx.orgDb, ctx.org.id, configuredFileStorage(), input.fileId),
        "attachment",
      ),
    ),
} satisfies TRPCRouterRecord;

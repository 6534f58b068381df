// Record inputs that carry files. A file travels as its bytes (a Uint8Array) together with the
// record it belongs to, never as base64 text and never in a call of its own, so the record and its
// attachments are stored in one transaction. These schemas are for in-process callers (the web's
// form actions) and are not JSON: they stay out of the package index, whose schemas the v1
// OpenAPI document is generated from (see json-schema.test.ts).
import { z } from "zod";
import { AppointmentCreateSchema, SupervisoryAssessmentCreateSchema } from "./schemas/appointment";
import { ImportKind } from "./schemas/inspection-import";
import { typeError } from "./schemas/common";
import {
  HazardCreateSchema,
  HazardTransitionSchema,
  requireStepSignature,
  StartRectificationActionSchema,
  SubmitForVerificationActionSchema,
  VerifyFailActionSchema,
  VerifyPassActionSchema,
} from "./schemas/hazard";
import { ProposalCreateSchema } from "./schemas/proposal";
import { DailyAnswerSchema } from "./schemas/routines";
import {
  SupplierDocumentInputSchema,
  SupplierRegisterCreateSchema,
  SupplierRegisterUpdateSchema,
} from "./schemas/seller";

/** The most one file may weigh: refused while the upload is read, before it is buffered. */
export const MAX_UPLOAD_MB = 10;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** The most files one field of a form may carry. */
export const MAX_UPLOAD_FILES = 10;

/** One uploaded file: the name the browser gave it (sanitised when stored) and its bytes. */
export const FileUploadSchema = z.strictObject({
  fileName: z.string({ error: typeError() }).max(1000, { error: "field.too_long" }),
  // Any Uint8Array (a Node buffer is one), whatever its backing store.
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: "field.invalid_type" }),
});
export type FileUpload = z.output<typeof FileUploadSchema>;

export const FileUploadsSchema = z.array(FileUploadSchema).max(MAX_UPLOAD_FILES, { error: "field.too_many" });

/**
 * What the phone read from a camera photo before resizing it (the resized copy has no EXIF), in the
 * order of the photos: its capture time and position, when the original file carried them.
 */
export const PhotoMetaSchema = z.strictObject({
  capturedAt: z.iso.datetime({ offset: true, error: "field.invalid" }).nullable(),
  latitude: z.number({ error: typeError() }).min(-90).max(90).nullable(),
  longitude: z.number({ error: typeError() }).min(-180).max(180).nullable(),
});
export type PhotoMeta = z.output<typeof PhotoMetaSchema>;

/** routines.daily.answer: an item's answer with its camera photos. */
export const DailyAnswerWithPhotosSchema = DailyAnswerSchema.safeExtend({
  photos: FileUploadsSchema.optional(),
  photoMeta: z.array(PhotoMetaSchema).max(MAX_UPLOAD_FILES, { error: "field.too_many" }).optional(),
});
export type DailyAnswerWithPhotos = z.output<typeof DailyAnswerWithPhotosSchema>;

/** hazards.create: a hazard recorded by hand with its evidence photos. */
export const HazardCreateWithEvidenceSchema = HazardCreateSchema.safeExtend({ evidence: FileUploadsSchema.optional() });
export type HazardCreateWithEvidence = z.output<typeof HazardCreateWithEvidenceSchema>;

/** hazards.transition: only the submission for verification carries evidence (整改照片). */
export const HazardTransitionWithEvidenceSchema = HazardTransitionSchema.safeExtend({
  action: z.discriminatedUnion("type", [
    StartRectificationActionSchema,
    SubmitForVerificationActionSchema.safeExtend({ evidence: FileUploadsSchema.optional() }),
    VerifyPassActionSchema,
    VerifyFailActionSchema,
  ]),
}).superRefine(requireStepSignature);
export type HazardTransitionWithEvidence = z.output<typeof HazardTransitionWithEvidenceSchema>;

/** proposals.create: a proposal or veto with its evidence. */
export const ProposalCreateWithEvidenceSchema = ProposalCreateSchema.safeExtend({
  evidence: FileUploadsSchema.optional(),
});
export type ProposalCreateWithEvidence = z.output<typeof ProposalCreateWithEvidenceSchema>;

/** appointments.create: the appointment with its signed 任命文件 (PDF/JPG/PNG). */
/** 监督抽查考核 with the regulator's notice or result sheet as bytes. */
export const SupervisoryAssessmentWithEvidenceSchema = SupervisoryAssessmentCreateSchema.safeExtend({
  evidence: FileUploadSchema.optional(),
});
export type SupervisoryAssessmentWithEvidence = z.output<typeof SupervisoryAssessmentWithEvidenceSchema>;

export const AppointmentCreateWithDocumentSchema = AppointmentCreateSchema.safeExtend({
  document: FileUploadSchema.optional(),
});
export type AppointmentCreateWithDocument = z.output<typeof AppointmentCreateWithDocumentSchema>;

/** A supplier's XK licence / CCC certificate with its scan (PDF/JPG/PNG), for the register's form. */
export const SupplierDocumentWithFileSchema = SupplierDocumentInputSchema.safeExtend({
  file: FileUploadSchema.optional(),
});
const documentsWithFiles = z.array(SupplierDocumentWithFileSchema).max(20, { error: "field.too_many" }).default([]);

/** sellers.suppliers.create / update: the supplier with its documents' scans as bytes. */
export const SupplierCreateWithFilesSchema = SupplierRegisterCreateSchema.safeExtend({ documents: documentsWithFiles });
export type SupplierCreateWithFiles = z.output<typeof SupplierCreateWithFilesSchema>;
export const SupplierUpdateWithFilesSchema = SupplierRegisterUpdateSchema.safeExtend({ documents: documentsWithFiles });
export type SupplierUpdateWithFiles = z.output<typeof SupplierUpdateWithFilesSchema>;
/** inspections.import: the ERP's CSV/XLSX export of inspection records or shipments, checked (dryRun) or stored. */
export const InspectionImportSchema = z.strictObject({
  kind: ImportKind,
  file: FileUploadSchema,
  dryRun: z.boolean(),
});
export type InspectionImport = z.output<typeof InspectionImportSchema>;

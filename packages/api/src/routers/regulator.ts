// The regulator portal's router: queries only, plus `acknowledgeReport` — the one thing a
// regulator may record. Every procedure runs as regulatorProcedure (a RegulatorUser, who has no
// membership) and the domain re-checks a live grant in the database on every call.
import { z } from "zod";
import { getEnv } from "@anzhi/config";
import type { TRPCRouterRecord } from "@trpc/server";
import {
  IdSchema,
  RegulatorEnterpriseListSchema,
  RegulatorExportFormat as Format,
  RegulatorLedgerExportSchema,
  RegulatorLedgerQuerySchema,
} from "@anzhi/contracts";
import { agencyProfile } from "@anzhi/domain/regulator/agencies";
import { exportDossier, readDossier } from "@anzhi/domain/regulator/dossier";
import {
  exportLedger,
  listEnterprises,
  enterpriseHeader,
  readHazard,
  readLedger,
  readWeeklyReport,
} from "@anzhi/domain/regulator/portal";
import { readDailyRun, readMonthlyMeeting } from "@anzhi/domain/regulator/records";
import { readEvidenceFile } from "@anzhi/domain/regulator/evidence";
import { acknowledgeReport, inbox } from "@anzhi/domain/regulator/reports";
import { FLAG_KEYS, SORT_KEYS } from "@anzhi/domain/regulator/indicators";
import { regulatorProcedure } from "../trpc/procedures.ts";
import { attachmentDownload, exportDownload } from "./download.ts";
import { regulatorOf } from "../trpc/actors.ts";

const OrgInput = z.strictObject({ organizationId: IdSchema });

export const regulatorRouter = {
  me: regulatorProcedure.query(async ({ ctx }) => ({
    name: ctx.user.name,
    email: ctx.user.email,
    agency: await agencyProfile(ctx.db, ctx.regulator.agencyId),
  })),
  /** A page of the granted enterprises with indicators, sorted by one indicator and kept when every flag holds. */
  enterprises: regulatorProcedure.input(RegulatorEnterpriseListSchema).query(async ({ ctx, input }) => {
    // Unknown keys (a hand-edited URL) fall back to the defaults rather than failing the page.
    const sort = SORT_KEYS.find((k) => k === input?.sort) ?? "name";
    const only = FLAG_KEYS.filter((f) => input?.only?.includes(f));
    const page = await listEnterprises(ctx.db, regulatorOf(ctx), ctx.now(), { sort, only, page: input?.page ?? 1 });
    return { ...page, sort, only, sortKeys: SORT_KEYS, flagKeys: FLAG_KEYS };
  }),
  enterprise: regulatorProcedure
    .input(OrgInput)
    .query(({ ctx, input }) => enterpriseHeader(ctx.db, regulatorOf(ctx), input.organizationId, ctx.now())),
  ledger: regulatorProcedure
    .input(RegulatorLedgerQuerySchema)
    .query(({ ctx, input }) =>
      readLedger(ctx.db, regulatorOf(ctx), input.organizationId, input.ledger, input.filter, ctx.now()),
    ),
  weeklyReport: regulatorProcedure
    .input(z.strictObject({ organizationId: IdSchema, reportId: IdSchema }))
    .query(({ ctx, input }) =>
      readWeeklyReport(ctx.db, regulatorOf(ctx), input.organizationId, input.reportId, ctx.now()),
    ),
  dailyRun: regulatorProcedure
    .input(z.strictObject({ organizationId: IdSchema, runId: IdSchema }))
    .query(({ ctx, input }) => readDailyRun(ctx.db, regulatorOf(ctx), input.organizationId, input.runId, ctx.now())),
  monthlyMeeting: regulatorProcedure
    .input(z.strictObject({ organizationId: IdSchema, meetingId: IdSchema }))
    .query(({ ctx, input }) =>
      readMonthlyMeeting(ctx.db, regulatorOf(ctx), input.organizationId, input.meetingId, ctx.now()),
    ),
  hazard: regulatorProcedure
    .input(z.strictObject({ organizationId: IdSchema, hazardId: IdSchema }))
    .query(({ ctx, input }) => readHazard(ctx.db, regulatorOf(ctx), input.organizationId, input.hazardId, ctx.now())),
  /** A photo (or its thumbnail) of a record the regulator may read; any other file is a 404. */
  evidenceFile: regulatorProcedure
    .input(z.strictObject({ organizationId: IdSchema, fileId: IdSchema, size: z.enum(["full", "thumbnail"]) }))
    .query(async ({ ctx, input }) =>
      attachmentDownload(
        await readEvidenceFile(
          ctx.db,
          regulatorOf(ctx),
          {
            organizationId: input.organizationId,
            attachmentId: input.fileId,
            size: input.size,
            dataDir: getEnv().dataDir,
          },
          ctx.now(),
        ),
        "inline",
      ),
    ),
  exportLedger: regulatorProcedure
    .input(RegulatorLedgerExportSchema)
    .query(async ({ ctx, input }) =>
      exportDownload(
        await exportLedger(
          ctx.db,
          regulatorOf(ctx),
          input.organizationId,
          input.ledger,
          input.filter,
          input.format,
          ctx.now(),
        ),
      ),
    ),
  dossier: regulatorProcedure
    .input(OrgInput)
    .query(({ ctx, input }) => readDossier(ctx.db, regulatorOf(ctx), input.organizationId, ctx.now())),
  exportDossier: regulatorProcedure
    .input(z.strictObject({ organizationId: IdSchema, format: Format }))
    .query(async ({ ctx, input }) =>
      exportDownload(await exportDossier(ctx.db, regulatorOf(ctx), input.organizationId, input.format, ctx.now())),
    ),
  reports: regulatorProcedure.query(({ ctx }) => inbox(ctx.db, regulatorOf(ctx), ctx.now())),
  /** The only regulator mutation: acknowledge receipt of a major-risk report (audited). */
  acknowledgeReport: regulatorProcedure
    .input(z.strictObject({ reportId: IdSchema }))
    .mutation(({ ctx, input }) => acknowledgeReport(ctx.db, regulatorOf(ctx), input.reportId, ctx.now())),
} satisfies TRPCRouterRecord;

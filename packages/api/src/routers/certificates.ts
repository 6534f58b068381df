// Production licences and CCC certificates of the enterprise profile, and the dashboard's
// expiry alerts. Every member reads; the principal, the director and admins edit.
import type { TRPCRouterRecord } from "@trpc/server";
import { CccEditSchema, CccSaveSchema, LicenceEditSchema, LicenceSaveSchema, localDate } from "@anzhi/contracts";
import { certificateAlerts } from "@anzhi/domain/certificates/alerts";
import {
  createCccCertificate,
  listCccCertificates,
  retireCccCertificate,
  updateCccCertificate,
} from "@anzhi/domain/certificates/ccc";
import { createLicence, listLicences, retireLicence, updateLicence } from "@anzhi/domain/certificates/licences";
import { memberProcedure } from "../trpc/procedures.ts";
import { actorOf } from "../trpc/actors.ts";
import { ByIdSchema, ListOptionsSchema, profileEditor } from "./profile.ts";

export const certificatesRouter = {
  licences: {
    list: memberProcedure
      .input(ListOptionsSchema)
      .query(({ ctx, input }) => listLicences(ctx.orgDb, ctx.org.id, input ?? {})),
    create: profileEditor()
      .input(LicenceSaveSchema)
      .mutation(({ ctx, input }) => createLicence(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
    update: profileEditor()
      .input(LicenceEditSchema)
      .mutation(({ ctx, input }) => updateLicence(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
    retire: profileEditor()
      .input(ByIdSchema)
      .mutation(({ ctx, input }) => retireLicence(ctx.orgDb, ctx.org.id, input.id, actorOf(ctx), ctx.now())),
  },
  ccc: {
    list: memberProcedure
      .input(ListOptionsSchema)
      .query(({ ctx, input }) => listCccCertificates(ctx.orgDb, ctx.org.id, input ?? {})),
    create: profileEditor()
      .input(CccSaveSchema)
      .mutation(({ ctx, input }) => createCccCertificate(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
    update: profileEditor()
      .input(CccEditSchema)
      .mutation(({ ctx, input }) => updateCccCertificate(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
    retire: profileEditor()
      .input(ByIdSchema)
      .mutation(({ ctx, input }) => retireCccCertificate(ctx.orgDb, ctx.org.id, input.id, actorOf(ctx), ctx.now())),
  },
  /** Licences and certificates expired, no longer valid, or expiring within 30/90 days. */
  alerts: memberProcedure.query(async ({ ctx }) => {
    const today = localDate(ctx.now(), ctx.org.timeZone);
    return { today, alerts: await certificateAlerts(ctx.orgDb, ctx.org.id, today) };
  }),
} satisfies TRPCRouterRecord;

// The enterprise profile: sites and products. Every member reads; the principal, the director and
// organisation admins edit. Retire instead of delete.
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import {
  IdSchema,
  SizeFiguresSchema,
  ProductEditSchema,
  ProductSaveSchema,
  SiteEditSchema,
  SiteSaveSchema,
} from "@anzhi/contracts";
import { createProduct, listProducts, retireProduct, updateProduct } from "@anzhi/domain/profile/products";
import { createSite, listSites, retireSite, updateSite } from "@anzhi/domain/profile/sites";
import { listSizeFigures, orgStanding, recordSizeFigures } from "@anzhi/domain/profile/standing";
import { memberProcedure, roleProcedure } from "../trpc/procedures.ts";
import { actorOf } from "../trpc/actors.ts";

/** Who may change the enterprise profile (sites, products, licences, certificates). */
export const profileEditor = () => roleProcedure(["principal", "director"], { admin: true });

export const ListOptionsSchema = z.strictObject({ includeRetired: z.boolean().optional() }).optional();
export const ByIdSchema = z.strictObject({ id: IdSchema });

export const profileRouter = {
  sites: {
    list: memberProcedure
      .input(ListOptionsSchema)
      .query(({ ctx, input }) => listSites(ctx.orgDb, ctx.org.id, input ?? {})),
    create: profileEditor()
      .input(SiteSaveSchema)
      .mutation(({ ctx, input }) => createSite(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
    update: profileEditor()
      .input(SiteEditSchema)
      .mutation(({ ctx, input }) => updateSite(ctx.orgDb, ctx.org.id, input, actorOf(ctx))),
    retire: profileEditor()
      .input(ByIdSchema)
      .mutation(({ ctx, input }) => retireSite(ctx.orgDb, ctx.org.id, input.id, actorOf(ctx), ctx.now())),
  },
  products: {
    list: memberProcedure
      .input(ListOptionsSchema)
      .query(({ ctx, input }) => listProducts(ctx.orgDb, ctx.org.id, input ?? {})),
    create: profileEditor()
      .input(ProductSaveSchema)
      .mutation(({ ctx, input }) => createProduct(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
    update: profileEditor()
      .input(ProductEditSchema)
      .mutation(({ ctx, input }) => updateProduct(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
    retire: profileEditor()
      .input(ByIdSchema)
      .mutation(({ ctx, input }) => retireProduct(ctx.orgDb, ctx.org.id, input.id, actorOf(ctx), ctx.now())),
  },
  /** 适用情形, the size class from the prior year's figures, and whom the Orders require to be appointed. */
  standing: memberProcedure.query(({ ctx }) => orgStanding(ctx.orgDb, ctx.org.id, ctx.org.today)),
  /** 规模数据 per year with history; the principal or an admin records them (a correction needs a reason). */
  sizeFigures: {
    list: memberProcedure.query(({ ctx }) => listSizeFigures(ctx.orgDb, ctx.org.id)),
    record: roleProcedure(["principal"], { admin: true })
      .input(SizeFiguresSchema)
      .mutation(({ ctx, input }) =>
        recordSizeFigures(ctx.orgDb, ctx.org.id, input, { kind: "user", userId: ctx.user.id }, ctx.now()),
      ),
  },
} satisfies TRPCRouterRecord;

// 行政区划 for the sign-up picker: provinces, then the cities of a province, then the counties.
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import { regionAncestors, regionChildren, regionPath } from "@anzhi/domain/regions/regions";
import { publicProcedure } from "../trpc/procedures.ts";

const Code = z.string().regex(/^\d{6}$/);

export const regionsRouter = {
  children: publicProcedure
    .input(z.strictObject({ parent: Code.optional() }))
    .query(({ input }) => regionChildren(input.parent)),
  /** A code's names (province → county) and the codes above it. */
  describe: publicProcedure
    .input(z.strictObject({ code: Code }))
    .query(({ input }) => ({ path: regionPath(input.code), ancestors: regionAncestors(input.code) })),
} satisfies TRPCRouterRecord;

// The v1 router's own initTRPC: same error shape as the app router (stable appCode, requestId,
// localised field issues) and OpenAPI metadata for the REST mapping.
import { initTRPC } from "@trpc/server";
import { appCodeOf, issuesOf, messageOf } from "../trpc/init.ts";
import type { V1Context } from "./context.ts";

/** Structurally trpc-to-openapi's OpenApiMeta, declared here so the SDK's types need nothing else. */
export interface V1Meta {
  [key: string]: unknown;
  openapi?: {
    method: "GET" | "POST";
    path: `/${string}`;
    summary?: string;
    description?: string;
    tags?: string[];
    protect?: boolean;
    successDescription?: string;
  };
}

export const v1 = initTRPC
  .context<V1Context>()
  .meta<V1Meta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      const locale = ctx?.locale ?? "zh-CN";
      return {
        ...shape,
        message: messageOf(error, locale),
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          appCode: appCodeOf(error),
          requestId: ctx?.requestId ?? null,
          issues: issuesOf(error, locale) ?? null,
        },
      };
    },
  });

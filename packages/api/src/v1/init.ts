// The v1 router's own initTRPC: the app router's error formatter (stable appCode, requestId,
// localised field issues) and OpenAPI metadata for the REST mapping.
import { initTRPC } from "@trpc/server";
import { formatError } from "../trpc/errors.ts";
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
    errorFormatter: ({ error, ctx, path }) => formatError({ error, ctx, path }),
  });

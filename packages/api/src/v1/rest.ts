// The REST transport of v1, built ONCE. trpc-to-openapi's fetch adapter (createOpenApiFetchHandler)
// builds its node handler on every request: the procedure table with its path regexps and, unless
// NODE_ENV is "production", a whole OpenAPI document to validate the router — about a fifth of a
// REST request's CPU. Here the node handler is made once per v1 handler and each Fetch Request is
// handed to it the way that adapter does (same body parsing, same error on bad JSON); the
// request's context and the failure it reports travel on the request itself.
import type { IncomingMessage, ServerResponse } from "node:http";
import { TRPCError } from "@trpc/server";
import { createOpenApiNodeHttpHandler } from "trpc-to-openapi";
import type { V1Context } from "./context.ts";
import { v1Router } from "./router.ts";

const CALL = Symbol("anzhi.v1.restCall");

interface RestCall {
  ctx: V1Context;
  failure: unknown;
}

type ProxiedRequest = Request & { [CALL]: RestCall };

async function readBody(req: Request): Promise<{ ok: true; data: unknown } | { ok: false; cause: unknown }> {
  const type = req.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return { ok: true, data: JSON.parse(await req.text()) as unknown };
    if (type.includes("application/x-www-form-urlencoded")) {
      const params = new URLSearchParams(await req.text());
      const data: Record<string, string[]> = {};
      for (const key of params.keys()) data[key] = params.getAll(key);
      return { ok: true, data };
    }
    return { ok: true, data: req.body };
  } catch (cause) {
    return { ok: false, cause };
  }
}

const nodeHandler = createOpenApiNodeHttpHandler({
  router: v1Router,
  createContext: ({ req }) => (req as unknown as ProxiedRequest)[CALL].ctx,
  onError: ({ error, req }) => {
    (req as unknown as ProxiedRequest)[CALL].failure = error;
  },
});

/**
 * Answers one REST request under `endpoint` with `ctx`; `failure` is what the procedure (or body
 * parsing) threw, for the caller to word in the reader's language.
 */
export async function handleRest(
  request: Request,
  endpoint: string,
  ctx: V1Context,
): Promise<{ response: Response; failure: unknown }> {
  const url = new URL(request.url.replace(endpoint, "")).toString();
  const body = await readBody(request);
  const call: RestCall = { ctx, failure: undefined };
  const proxied = new Proxy(request, {
    get: (target, prop) => {
      if (prop === CALL) return call;
      if (prop === "url") return url;
      if (prop === "body") {
        if (!body.ok)
          throw new TRPCError({ code: "PARSE_ERROR", message: "Failed to parse request body", cause: body.cause });
        return body.data;
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const headers = new Headers();
  const response = await new Promise<Response>((resolve) => {
    let statusCode = 200;
    const res = {
      setHeader: (key: string, value: string | string[]) => {
        if (typeof value === "string") headers.set(key, value);
        else for (const v of value) headers.append(key, v);
      },
      get statusCode() {
        return statusCode;
      },
      set statusCode(code: number) {
        statusCode = code;
      },
      end: (payload: string) => resolve(new Response(payload, { headers, status: statusCode })),
    };
    void nodeHandler(proxied as unknown as IncomingMessage, res as unknown as ServerResponse);
  });
  return { response, failure: call.failure };
}

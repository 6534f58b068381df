// Server rendering: Remix's default Node entry, plus the per-request CSP nonce
// (server/security.ts puts it on the load context) handed to React's streaming renderer and to
// the components that inline scripts (root.tsx reads it with useNonce).
import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "./lib/nonce.ts";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  // Bots (and SPA mode) get the whole document at once; browsers get it streamed.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;
  return new Promise<Response>((resolve, reject) => {
    let shellDone = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ready = () => {
      const body = new PassThrough();
      body.on("close", () => clearTimeout(timer));
      responseHeaders.set("Content-Type", "text/html");
      resolve(
        new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
      );
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        // The abort bounds what may still be pending once the shell exists (a suspended part), not
        // the wait for the CPU: under load a page whose loaders are done can wait seconds for its
        // turn to render, and aborting it then answered a complete page as a silent 500 (bench:scale,
        // 50 connections, where Node's fetch counts as a bot and waits for all).
        onShellReady() {
          shellDone = true;
          timer = setTimeout(abort, ABORT_DELAY);
          if (!waitForAll) ready();
        },
        ...(waitForAll ? { onAllReady: ready } : {}),
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors before the shell rendered reject and are logged by Remix; every later one is
          // logged here, so no 500 is silent.
          if (shellDone) console.error(`[ssr] ${new URL(request.url).pathname}:`, error);
        },
      },
    );
  });
}

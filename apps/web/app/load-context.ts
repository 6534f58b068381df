// What apps/web/server.ts hands every loader (getLoadContext) beyond the CSP nonce, typed for the
// routes that read it.
import type { JobsStatus } from "@anzhi/api";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** This node's job runner, for /healthz (docs/decisions/030); absent outside the server. */
    jobs?: JobsStatus;
  }
}

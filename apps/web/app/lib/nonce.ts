// The Content-Security-Policy nonce of this response (apps/web/server/security.ts makes one per
// request; entry.server.tsx provides it). Remix's <Scripts>, <ScrollRestoration> and
// <LiveReload> carry it so their inline scripts run; nothing else may inline a script. In the
// browser the value is empty (browsers hide nonces from the DOM) and nothing needs it.
import { createContext, useContext } from "react";

export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}

// The app shell's loader data (routes/app.tsx) for components below it: the setup progress the
// shell reads once per page, so a page can say which missing step keeps it empty.
import { useRouteLoaderData } from "@remix-run/react";
import type { loader } from "../../routes/app.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";

export type SetupProgress = RouterOutputs["setup"]["progress"];

export function useSetupProgress(): SetupProgress | null {
  return useRouteLoaderData<typeof loader>("routes/app")?.setup ?? null;
}

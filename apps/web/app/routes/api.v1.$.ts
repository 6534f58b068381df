// The public ERP API (v1): tRPC for @anzhi/sdk at /api/v1/trpc, REST under /api/v1/… and the
// OpenAPI document at /api/v1/openapi.json. Authenticated by API key, not by session.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleV1 } from "@anzhi/api";

export const loader = ({ request }: LoaderFunctionArgs) => handleV1(request);
export const action = ({ request }: ActionFunctionArgs) => handleV1(request);

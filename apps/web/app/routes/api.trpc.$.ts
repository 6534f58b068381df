import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleTrpc } from "@anzhi/api";

export const loader = ({ request }: LoaderFunctionArgs) => handleTrpc(request);
export const action = ({ request }: ActionFunctionArgs) => handleTrpc(request);

import type { LoaderFunctionArgs } from "@remix-run/node";
import { handleHealthz } from "@anzhi/api";

export const loader = ({ context }: LoaderFunctionArgs) => handleHealthz(context.jobs);

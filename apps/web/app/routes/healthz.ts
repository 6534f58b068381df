import { handleHealthz } from "@anzhi/api";

export const loader = () => handleHealthz();

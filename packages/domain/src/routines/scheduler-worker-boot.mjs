// Entry of the scheduler's worker thread. A worker does not run the process's `--import tsx`, so
// it registers tsx's loader itself before importing the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./scheduler-worker.ts");

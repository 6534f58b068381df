// Seeds the demo data (applying pending migrations first): the same as `pnpm anzhi seed`.
// Idempotent: a second run writes nothing and prints the same logins.
//   node --import tsx prisma/seed.ts
import { closeAllDbs } from "@anzhi/db";
import { run } from "../packages/cli/src/program.ts";

const code = await run(["seed"], { out: (l) => console.log(l), err: (l) => console.error(l) });
await closeAllDbs();
process.exit(code);

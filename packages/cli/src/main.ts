#!/usr/bin/env node
import { closeAllDbs } from "@anzhi/db";
import { run } from "./program.ts";

const code = await run(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
await closeAllDbs();
process.exit(code);

// Lints the OpenAPI document the server serves at /api/v1/openapi.json with Redocly CLI
// (redocly.yaml beside package.json), offline: the document is generated from the v1 router into
// a temporary file, the telemetry and the update check are off. Part of `pnpm lint`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openApiDocument } from "../src/v1/openapi.ts";

const apiDir = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(os.tmpdir(), "anzhi-openapi-"));
const file = path.join(work, "openapi.json");
try {
  writeFileSync(file, JSON.stringify(openApiDocument("https://anzhi.your-company.cn"), null, 2));
  execFileSync(
    path.join(apiDir, "node_modules", ".bin", "redocly"),
    ["lint", file, "--config", path.join(apiDir, "redocly.yaml"), "--format", "summary"],
    {
      cwd: apiDir,
      stdio: "inherit",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  );
} catch {
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

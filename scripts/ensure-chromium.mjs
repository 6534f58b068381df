#!/usr/bin/env node
// Browser tests drive Debian's Chromium through playwright-core (never `playwright install`,
// which downloads a browser). Installs it with apt when missing and we are root; otherwise says
// exactly what to do.
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) {
  process.exit(0);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    "[e2e] Chromium not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.",
  );
  process.exit(1);
}
console.log("[e2e] installing Debian's chromium (first run only)…");
execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null", { stdio: "inherit" });
if (!existsSync("/usr/bin/chromium")) {
  console.error("[e2e] apt-get finished but /usr/bin/chromium is missing");
  process.exit(1);
}

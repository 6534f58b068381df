#!/usr/bin/env node
// What the test suite needs from the operating system, installed from Debian's packages when
// missing and we are root (never downloaded from elsewhere; never `playwright install`):
//   chromium        browser tests drive it through playwright-core (or set CHROMIUM_PATH)
//   faketime        tests that run the server at a chosen instant, and CI's shifted-clock pass
//   fonts-noto-cjk  readable Chinese in screenshots
//   postgresql      `pnpm test:pg` starts a throw-away server from its binaries (15 or newer)
//   mono-mcs, libmono-system-net-http4.0-cil  the integrator guide's C# example (packages/sdk/test)
// Elsewhere it says exactly what to install.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
  .filter(Boolean)
  .find((p) => existsSync(p));
const hasPostgres =
  existsSync("/usr/lib/postgresql") &&
  readdirSync("/usr/lib/postgresql").some((v) => Number(v) >= 15 && existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
const needed = [
  ...(chromium ? [] : ["chromium"]),
  ...(existsSync("/usr/bin/faketime") ? [] : ["faketime"]),
  ...(existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc") ? [] : ["fonts-noto-cjk"]),
  ...(hasPostgres ? [] : ["postgresql"]),
  ...(existsSync("/usr/bin/mcs") ? [] : ["mono-mcs"]),
  ...(existsSync("/usr/lib/mono/4.5/System.Net.Http.dll") ? [] : ["libmono-system-net-http4.0-cil"]),
];
if (needed.length === 0) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
if (!isRoot || !hasApt) {
  const required = needed.filter((p) => p !== "fonts-noto-cjk" && p !== "postgresql"); // optional off CI
  if (required.length === 0) process.exit(0);
  console.error(
    `[test tools] missing: ${required.join(", ")}. Install them (Debian/Ubuntu: \`sudo apt-get install -y ${required.join(" ")}\`); for a browser elsewhere set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log(`[test tools] installing Debian's ${needed.join(", ")} (first run only)…`);
execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${needed.join(" ")} >/dev/null`, {
  stdio: "inherit",
});
for (const [pkg, file] of [
  ["chromium", "/usr/bin/chromium"],
  ["faketime", "/usr/bin/faketime"],
  ["mono-mcs", "/usr/bin/mcs"],
]) {
  if (needed.includes(pkg) && !existsSync(file)) {
    console.error(`[test tools] apt-get finished but ${file} is missing`);
    process.exit(1);
  }
}

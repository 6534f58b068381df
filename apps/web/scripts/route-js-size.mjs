// The JavaScript a browser loads for one route, gzip-compressed: the entry, the route and its
// parents (root → layouts → route), each module with the chunks it imports, counted once — read
// from the Remix browser manifest the build writes (build/client/assets/manifest-*.js, made from
// Vite's manifest), so it is what the page's <link rel="modulepreload"> tags list.
//
//   node scripts/route-js-size.mjs [routeId] [--max-kb N]
//   (defaults: routes/app.today, 120) — exits 1 above the budget. Run after `pnpm build`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "max-kb": { type: "string", default: "120" }, build: { type: "string" } },
});
const routeId = positionals[0] ?? "routes/app.today";
const maxKb = Number(values["max-kb"]);
const clientDir = values.build ?? path.join(import.meta.dirname, "../build/client");

const assets = path.join(clientDir, "assets");
const manifestFile = readdirSync(assets).find((f) => /^manifest-[\w-]+\.js$/.test(f));
if (!manifestFile) {
  console.error(`no Remix manifest in ${assets}: run \`pnpm --filter @anzhi/web build\` first`);
  process.exit(2);
}
const source = readFileSync(path.join(assets, manifestFile), "utf8");
const manifest = JSON.parse(source.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, ""));
const route = manifest.routes[routeId];
if (!route) {
  console.error(`no route ${routeId} in the manifest`);
  process.exit(2);
}

const chain = [];
for (let r = route; r; r = r.parentId ? manifest.routes[r.parentId] : undefined) chain.unshift(r);
const files = new Set([manifest.entry.module, ...manifest.entry.imports]);
for (const r of chain) for (const f of [r.module, ...(r.imports ?? [])]) files.add(f);

let raw = 0;
let gz = 0;
const rows = [];
for (const f of files) {
  const body = readFileSync(path.join(clientDir, f));
  const z = gzipSync(body, { level: 9 }).length;
  raw += body.length;
  gz += z;
  rows.push([f, body.length, z]);
}
rows.sort((a, b) => b[2] - a[2]);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${routeId} (${chain.map((r) => r.id).join(" → ")}): ${files.size} files`);
for (const [f, r, z] of rows) console.log(`  ${kb(z).padStart(9)} gzip ${kb(r).padStart(10)}  ${f}`);
console.log(`total ${kb(gz)} gzip (${kb(raw)} raw); budget ${maxKb} KB`);
if (gz > maxKb * 1024) {
  console.error(`over budget by ${kb(gz - maxKb * 1024)}`);
  process.exit(1);
}

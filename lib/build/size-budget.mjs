// Node-only: fails when the home page's first-load JavaScript for modern browsers exceeds the
// budget. Reads the prerendered home page, sums the gzipped size of every <script src> it loads
// except `noModule` polyfills (only old browsers load those), and prints the figure.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const BUDGET_KB = 160;
const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const pages = [{ route: "/", file: `${distDir}/server/app/index.html`, budgetKb: BUDGET_KB }];

function scriptsOf(html) {
  const out = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = match[1];
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (!src || /\bnoModule\b/i.test(attrs)) continue;
    out.push(src);
  }
  return [...new Set(out)];
}

let failed = false;
const report = [];
for (const page of pages) {
  const htmlPath = path.join(root, page.file);
  if (!fs.existsSync(htmlPath)) {
    console.error(`size budget: ${page.file} not found; run the production build first.`);
    process.exit(2);
  }
  const html = fs.readFileSync(htmlPath, "utf8");
  let total = 0;
  for (const src of scriptsOf(html)) {
    const clean = decodeURIComponent(src.split("?")[0]).replace(/^\/_next\//, `${distDir}/`);
    const file = path.join(root, clean);
    if (!fs.existsSync(file)) {
      console.error(`size budget: script ${src} of ${page.route} not found at ${clean}`);
      process.exit(2);
    }
    total += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  const kb = total / 1024;
  report.push({
    route: page.route,
    firstLoadJsGzipKb: Number(kb.toFixed(1)),
    budgetKb: page.budgetKb,
  });
  if (kb > page.budgetKb) failed = true;
}

for (const row of report) {
  console.log(
    `size budget: ${row.route} first-load JS ${row.firstLoadJsGzipKb} KB gzipped (budget ${row.budgetKb} KB)`,
  );
}
if (failed) {
  console.error("size budget exceeded");
  process.exit(1);
}

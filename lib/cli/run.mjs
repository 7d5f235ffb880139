// Node-only: `node lib/cli/run.mjs <iam|lessons|sim> ARGS...` runs a CLI from a pre-bundled build.
//
// tsx transpiles on every start and (through esbuild's keepNames) wraps every named function in
// `__name(...)`, which slows the engine's hot paths. This runner bundles `lib/cli/<entry>.ts`
// once with esbuild into `node_modules/.cache/least-privilege/<entry>.mjs` and imports it. The
// bundle is rebuilt when it is missing or when one of the files it was built from (recorded
// beside it) changed since. npm packages stay external, so they load from `node_modules` as usual.
//
// The cache directory is three levels below the repository root, like `lib/iam/catalog/`, so
// modules that find repository files from `import.meta.url` (the catalog loader) still do.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ENTRIES = new Set(["iam", "lessons", "sim"]);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const outDir = path.join(root, "node_modules", ".cache", "least-privilege");

/** True when the bundle is missing or older than one of its recorded inputs. */
function isStale(bundle, inputsFile) {
  let built;
  let inputs;
  try {
    built = fs.statSync(bundle).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(inputsFile, "utf8"));
  } catch {
    return true;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return true;
  for (const file of inputs) {
    try {
      if (fs.statSync(path.join(root, file)).mtimeMs > built) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** Bundles the entry; writes the bundle and its input list atomically (safe when run in parallel). */
async function build(entry, bundle, inputsFile) {
  const esbuild = await import("esbuild");
  const started = new Date();
  const result = await esbuild.build({
    entryPoints: [path.join(root, "lib", "cli", `${entry}.ts`)],
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    alias: { "@": root },
    tsconfig: path.join(root, "tsconfig.json"),
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = `.${process.pid}.${Date.now()}.tmp`;
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("node_modules/"));
  fs.writeFileSync(bundle + tmp, result.outputFiles[0].contents);
  fs.writeFileSync(inputsFile + tmp, JSON.stringify(inputs));
  fs.renameSync(inputsFile + tmp, inputsFile);
  fs.renameSync(bundle + tmp, bundle);
  // Date the bundle by when its sources were read, so an edit made during the build still counts.
  fs.utimesSync(bundle, started, started);
}

const entry = process.argv[2];
if (!ENTRIES.has(entry)) {
  process.stderr.write(`usage: node lib/cli/run.mjs <${[...ENTRIES].join("|")}> ARGS...\n`);
  process.exit(2);
}
const bundle = path.join(outDir, `${entry}.mjs`);
const inputsFile = path.join(outDir, `${entry}.inputs.json`);
if (isStale(bundle, inputsFile)) {
  try {
    await build(entry, bundle, inputsFile);
  } catch (e) {
    process.stderr.write(`${entry}: cannot build the CLI: ${e.message.split("\n")[0]}\n`);
    process.exit(1);
  }
}
// The CLI reads its arguments from process.argv.slice(2): drop the entry name.
process.argv.splice(2, 1);
await import(pathToFileURL(bundle).href);

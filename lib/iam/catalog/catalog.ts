import { patternOverlapsFormat, tokeniseFormat, tokenisePattern } from "./arn-format";
import { ConditionKeyTable, type ConditionKeyInfo } from "./condition-keys";
import type {
  AccessLevel,
  ActionResourceType,
  GlobalConditionKey,
  IndexService,
  ManagedPolicy,
  ManagedPolicySummary,
  ServiceAction,
  ServiceDetail,
  ServiceResourceType,
} from "./data";
import type { CatalogSource } from "./source";
import { type Candidate, closestCandidates, toCandidates } from "./suggest";
import { compileWildcard, hasWildcard } from "../wildcard/wildcard";

/** Whether a service's details are available: known and loaded, known but not loaded, unknown. */
export type ServiceStatus = "loaded" | "not-loaded" | "unknown";

/** An action known to the catalog index. */
export interface ActionSummary {
  /** Canonical spelling, e.g. `s3:GetObject`. */
  name: string;
  service: string;
  action: string;
  accessLevel: AccessLevel;
}

/** The outcome of looking up an action name as written in a policy. */
export type ActionLookup =
  | { status: "found"; action: ActionSummary }
  | { status: "malformed" }
  | { status: "unknown-service"; service: string; suggestions: string[] }
  | { status: "unknown-action"; service: string; suggestions: string[] };

interface ServiceEntry {
  summary: IndexService;
  byLower: Map<string, ActionSummary>;
  /** Action names as suggestion candidates, built on the first misspelling. */
  candidates?: Candidate[];
}

interface PreparedService {
  actions: Map<string, ServiceAction>;
  resourceTypes: Map<string, ServiceResourceType>;
  formats: [ServiceResourceType, ReturnType<typeof tokeniseFormat>][];
  keys: ConditionKeyTable;
}

const CACHE_LIMIT = 2000;

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * Questions about AWS services, actions, resource types and condition keys, answered from a
 * `CatalogSource`. Pure: no I/O of its own. Answers that need per-service details return
 * undefined (or say "not-loaded") until the source has loaded that service.
 */
export class Catalog {
  private readonly services = new Map<string, ServiceEntry>();
  private readonly prepared = new Map<string, PreparedService>();
  private readonly globalKeys: ConditionKeyTable;
  private readonly expandCache = new Map<string, ActionSummary[]>();
  private readonly arnCache = new Map<string, ServiceResourceType[] | undefined>();
  private readonly lookupCache = new Map<string, ActionLookup>();
  private readonly actionKeyTables = new Map<string, ConditionKeyTable>();
  private serviceCandidates?: Candidate[];
  private readonly keyCandidates = new Map<string, Candidate[]>();

  constructor(readonly source: CatalogSource) {
    for (const s of source.index.services) {
      const byLower = new Map<string, ActionSummary>();
      for (const [action, accessLevel] of s.actions) {
        byLower.set(action.toLowerCase(), {
          name: `${s.prefix}:${action}`,
          service: s.prefix,
          action,
          accessLevel,
        });
      }
      this.services.set(s.prefix.toLowerCase(), { summary: s, byLower });
    }
    this.globalKeys = new ConditionKeyTable(
      source.index.globalConditionKeys.map((k) => ({
        key: k.key,
        type: k.type,
        multiValued: k.multiValued,
        global: true,
      })),
    );
  }

  /** Version of the AWS data the catalog was built from. */
  get dataVersion(): string {
    return this.source.index.dataVersion;
  }

  /** Every service, in prefix order. */
  listServices(): readonly IndexService[] {
    return this.source.index.services;
  }

  /** A service by prefix (case-insensitive). */
  service(prefix: string): IndexService | undefined {
    return this.services.get(prefix.toLowerCase())?.summary;
  }

  /** Whether a service's details are loaded. */
  serviceStatus(prefix: string): ServiceStatus {
    const p = prefix.toLowerCase();
    if (!this.services.has(p)) return "unknown";
    return this.source.getService(p) ? "loaded" : "not-loaded";
  }

  /** Loads the details of these services through the source. */
  ensureServices(prefixes: readonly string[]): Promise<void> {
    return this.source.ensureServices(prefixes.map((p) => p.toLowerCase()));
  }

  /** Full details of a service, or undefined when unknown or not loaded. */
  serviceDetail(prefix: string): ServiceDetail | undefined {
    return this.source.getService(prefix.toLowerCase());
  }

  /** Looks up an exact (wildcard-free) action name such as `S3:getobject`, with suggestions. */
  lookupAction(name: string): ActionLookup {
    const key = name.toLowerCase();
    const cached = this.lookupCache.get(key);
    if (cached) return cached;
    return remember(this.lookupCache, key, this.lookupUncached(name));
  }

  private lookupUncached(name: string): ActionLookup {
    const colon = name.indexOf(":");
    if (colon <= 0 || colon === name.length - 1 || name.indexOf(":", colon + 1) >= 0)
      return { status: "malformed" };
    const prefix = name.slice(0, colon);
    const action = name.slice(colon + 1);
    const entry = this.services.get(prefix.toLowerCase());
    if (!entry) {
      return {
        status: "unknown-service",
        service: prefix,
        suggestions: closestCandidates(
          prefix,
          (this.serviceCandidates ??= toCandidates(this.services.keys())),
        ),
      };
    }
    const hit = entry.byLower.get(action.toLowerCase());
    if (hit) return { status: "found", action: hit };
    entry.candidates ??= toCandidates(entry.summary.actions.map(([a]) => a));
    const suggestions = closestCandidates(action, entry.candidates).map(
      (a) => `${entry.summary.prefix}:${a}`,
    );
    return { status: "unknown-action", service: entry.summary.prefix, suggestions };
  }

  /** An action by name (case-insensitive), or undefined. */
  action(name: string): ActionSummary | undefined {
    const r = this.lookupAction(name);
    return r.status === "found" ? r.action : undefined;
  }

  /**
   * Every action matched by a pattern such as `s3:Get*`, `ec2:*Instances` or `*`
   * (case-insensitive), in catalog order.
   */
  expandAction(pattern: string): ActionSummary[] {
    const key = pattern.toLowerCase();
    const cached = this.expandCache.get(key);
    if (cached) return cached;
    const colon = pattern.indexOf(":");
    const servicePart = pattern === "*" ? "*" : colon > 0 ? pattern.slice(0, colon) : "";
    const actionPart = pattern === "*" ? "*" : colon > 0 ? pattern.slice(colon + 1) : "";
    const out: ActionSummary[] = [];
    if (servicePart && actionPart) {
      // ACT-1: action names match case-insensitively; the keys below are already lowercase.
      const service = compileWildcard(servicePart, true);
      const action = compileWildcard(actionPart, true);
      for (const [prefix, entry] of this.services) {
        if (!service.testFolded(prefix)) continue;
        if (action.literal) {
          const hit = entry.byLower.get(actionPart.toLowerCase());
          if (hit) out.push(hit);
          continue;
        }
        for (const [lower, a] of entry.byLower) if (action.testFolded(lower)) out.push(a);
      }
    }
    return remember(this.expandCache, key, out);
  }

  private prepare(prefix: string): PreparedService | undefined {
    const p = prefix.toLowerCase();
    const hit = this.prepared.get(p);
    if (hit) return hit;
    const detail = this.source.getService(p);
    if (!detail) return undefined;
    const keys = new ConditionKeyTable(
      detail.conditionKeys.map((k) => ({
        key: k.key,
        type: k.type,
        multiValued: k.type.startsWith("ArrayOf"),
        global: false,
      })),
    );
    const prepared: PreparedService = {
      actions: new Map(detail.actions.map((a) => [a.name.toLowerCase(), a])),
      resourceTypes: new Map(detail.resourceTypes.map((r) => [r.name, r])),
      formats: detail.resourceTypes.map((r) => [r, tokeniseFormat(r.arn)]),
      keys,
    };
    this.prepared.set(p, prepared);
    return prepared;
  }

  /** Full details of an action (description, resource types, condition keys), when loaded. */
  actionDetail(name: string): ServiceAction | undefined {
    const a = this.action(name);
    return a ? this.prepare(a.service)?.actions.get(a.action.toLowerCase()) : undefined;
  }

  /** The resource types an action can act on; empty means it only takes `"*"`. */
  resourceTypesOf(name: string): ActionResourceType[] | undefined {
    return this.actionDetail(name)?.resourceTypes;
  }

  /** A resource type of a service by name, with its ARN format. */
  resourceType(prefix: string, name: string): ServiceResourceType | undefined {
    return this.prepare(prefix)?.resourceTypes.get(name);
  }

  /**
   * The resource types that a policy resource (an ARN, possibly with wildcards and policy
   * variables) can name, among the resource types of `service` (default: the ARN's own service;
   * pass another to ask, e.g., which `sts` resource types an IAM role ARN is). Undefined when
   * that cannot be told: not an ARN, a wildcard service, or a service unknown or not loaded.
   */
  resourceTypesForArn(arn: string, service?: string): ServiceResourceType[] | undefined {
    const cacheKey = service ? `${service}|${arn}` : arn;
    if (this.arnCache.has(cacheKey)) return this.arnCache.get(cacheKey);
    const parts = arn.split(":");
    let result: ServiceResourceType[] | undefined;
    if (
      parts.length >= 6 &&
      parts[0] === "arn" &&
      !hasWildcard(parts[2]) &&
      !parts[2].includes("$")
    ) {
      const prepared = this.prepare(service ?? parts[2]);
      if (prepared) {
        const tokens = tokenisePattern(arn);
        result = prepared.formats
          .filter(([, f]) => patternOverlapsFormat(tokens, f))
          .map(([r]) => r);
      }
    }
    return remember(this.arnCache, cacheKey, result);
  }

  /** Global condition keys (`aws:SourceIp`, ...) with types and multi-valuedness. */
  globalConditionKeys(): readonly GlobalConditionKey[] {
    return this.source.index.globalConditionKeys;
  }

  /**
   * What the catalog knows about a condition key as written in a policy (case-insensitive;
   * `aws:PrincipalTag/team` finds `aws:PrincipalTag/${TagKey}`): global keys first, then the
   * keys of the service named by its prefix (needs that service loaded).
   */
  conditionKey(key: string): ConditionKeyInfo | undefined {
    const global = this.globalKeys.get(key);
    if (global) return global;
    const colon = key.indexOf(":");
    return colon > 0 ? this.prepare(key.slice(0, colon))?.keys.get(key) : undefined;
  }

  /** Condition keys that apply to an action: its own, those of its resource types, plus globals. */
  conditionKeysForAction(name: string): string[] | undefined {
    const a = this.action(name);
    const detail = this.actionDetail(name);
    if (!a || !detail) return undefined;
    const keys = new Set(detail.conditionKeys);
    for (const r of detail.resourceTypes) {
      for (const k of r.conditionKeys ?? []) keys.add(k);
      for (const k of this.resourceType(a.service, r.name)?.conditionKeys ?? []) keys.add(k);
    }
    for (const g of this.source.index.globalConditionKeys) keys.add(g.key);
    return [...keys];
  }

  /**
   * Whether an action supports a condition key (its own keys, its resource types' keys, or a
   * global key). Undefined when the action is unknown or its service is not loaded.
   */
  actionSupportsConditionKey(action: string, key: string): boolean | undefined {
    const name = this.action(action)?.name;
    if (!name) return undefined;
    let table = this.actionKeyTables.get(name);
    if (!table) {
      const keys = this.conditionKeysForAction(name);
      if (!keys) return undefined;
      table = remember(
        this.actionKeyTables,
        name,
        new ConditionKeyTable(
          keys.map((k) => ({ key: k, type: "String", multiValued: false, global: false })),
        ),
      );
    }
    return table.get(key) !== undefined;
  }

  /** Close spellings of a condition key among the global keys and the key's service. */
  suggestConditionKeys(key: string): string[] {
    const colon = key.indexOf(":");
    const prefix = colon > 0 ? key.slice(0, colon).toLowerCase() : "";
    const service = prefix ? this.prepare(prefix) : undefined;
    // Built once per service (and once with no service), while its details stay loaded.
    const cacheKey = service ? prefix : "";
    let candidates = this.keyCandidates.get(cacheKey);
    if (!candidates) {
      candidates = remember(
        this.keyCandidates,
        cacheKey,
        toCandidates([...this.globalKeys.keys(), ...(service?.keys.keys() ?? [])]),
      );
    }
    return closestCandidates(key, candidates);
  }

  /** The curated AWS managed policies shipped with the app. */
  managedPolicies(): readonly ManagedPolicySummary[] {
    return this.source.managedPolicies;
  }

  /** A managed policy with its document, or undefined when unknown or not loaded. */
  getManagedPolicy(name: string): ManagedPolicy | undefined {
    return this.source.getManagedPolicy(name);
  }

  /** Loads managed policy documents through the source. */
  ensureManagedPolicies(names: readonly string[]): Promise<void> {
    return this.source.ensureManagedPolicies(names);
  }
}

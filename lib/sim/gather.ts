import type { ContextValue, EvaluationInput, LabelledPolicy, PolicyType } from "@/lib/iam";
import type { InlinePolicy, Resource, Role, Tags } from "./model";
import { levelsOf, orgPolicyDocument } from "./org";
import { resolvePrincipal, type ResolvedPrincipal } from "./principal";
import { rawDocuments, type DocumentPreparer } from "./prepare";
import { describeTarget, type PolicyOverride, type PolicyTarget } from "./targets";
import { type SimAccount, type SimWorld } from "./world";

/** A request as lessons write it: principal shorthand or ARN, action, resource ARN (or `*`). */
export interface SimRequest {
  principal: string;
  action: string;
  resource: string;
  context?: Record<string, ContextValue>;
  /** A session policy passed when the principal's session was created. */
  sessionPolicy?: unknown;
}

/** Options for {@link requestToEvaluationInput}. */
export interface GatherOptions {
  /** AWS managed policy documents by bare name (`AdministratorAccess`). */
  managedPolicies?: ReadonlyMap<string, unknown>;
  /** How to prepare each document (default: pass raw). Use `cachingPreparer()` for speed. */
  prepare?: DocumentPreparer;
}

/** An engine input plus the problems met while gathering it (unknown principal, missing policy...). */
export interface GatherResult {
  input: EvaluationInput;
  principal?: ResolvedPrincipal;
  problems: string[];
}

/** A resource of the world (or a role, for trust-policy requests) that a request names. */
interface FoundResource {
  account: string;
  resource?: Resource;
  tags?: Tags;
  role?: Role;
}

const ROLE_ACTIONS =
  /^sts:(assumerole|assumerolewithsaml|assumerolewithwebidentity|tagsession|setsourceidentity|setcontext)$/i;

/**
 * Gathers everything the engine needs to decide a request in a simulated world: for a user, her
 * inline and attached managed policies and her groups'; her boundary; the session policy; the SCPs
 * of the principal's account by level; the RCPs of the resource's account by level; and the
 * resource's policy (the role's trust policy for `sts:AssumeRole*`). `overrides` (the learner's
 * answer slots) replace or add the documents at their targets and carry `slot:` ids.
 */
export function requestToEvaluationInput(
  sim: SimWorld,
  request: SimRequest,
  overrides: readonly PolicyOverride[] = [],
  options: GatherOptions = {},
): GatherResult {
  const g = new Gatherer(sim, overrides, options);
  return g.gather(request);
}

class Gatherer {
  readonly problems: string[] = [];
  private readonly prepare: DocumentPreparer;

  constructor(
    private readonly sim: SimWorld,
    private readonly overrides: readonly PolicyOverride[],
    private readonly options: GatherOptions,
  ) {
    this.prepare = options.prepare ?? rawDocuments;
  }

  gather(request: SimRequest): GatherResult {
    const resolved = resolvePrincipal(this.sim, request.principal);
    const resource = this.findResource(request.resource);
    const input: EvaluationInput = {
      request: {
        principal: resolved.ok ? resolved.principal.arn : request.principal,
        action: request.action,
        resource: request.resource,
      },
    };
    if (!resolved.ok) {
      this.problems.push(resolved.error);
      return { input, problems: this.problems };
    }
    const principal = resolved.principal;
    const principalAccount = "account" in principal ? principal.account : undefined;
    const resourceAccount =
      resource?.account ?? accountOfResourceArn(request.resource) ?? principalAccount;
    if (resourceAccount !== undefined) input.request.resourceAccount = resourceAccount;
    input.request.context = this.context(request, principal, resource?.tags);

    const account =
      principalAccount === undefined ? undefined : this.sim.accounts.get(principalAccount);
    if (account && (principal.kind === "user" || principal.kind === "role")) {
      input.identityPolicies = this.identityPolicies(account, principal);
      const boundary = this.boundary(account, principal);
      if (boundary) input.permissionsBoundary = boundary;
    }
    if (request.sessionPolicy !== undefined) {
      input.sessionPolicy = this.labelled(
        "request:session-policy",
        "session policy of the request",
        request.sessionPolicy,
        "session",
      );
    }
    const resourcePolicy = this.resourcePolicy(request, resource);
    if (resourcePolicy) input.resourcePolicy = resourcePolicy;
    this.organizationPolicies(input, principal, principalAccount, resourceAccount);
    return { input, principal, problems: this.problems };
  }

  private labelled(id: string, label: string, document: unknown, type: PolicyType): LabelledPolicy {
    return { id, label, type, document: this.prepare(document, type) };
  }

  private override(match: (t: PolicyTarget) => boolean): PolicyOverride | undefined {
    return this.overrides.find((o) => match(o.target));
  }

  private slot(o: PolicyOverride, type: PolicyType): LabelledPolicy {
    return this.labelled(o.id, o.label ?? describeTarget(o.target), o.document, type);
  }

  private inAccount(t: { account?: string }, account: SimAccount): boolean {
    return (t.account ?? this.sim.defaultAccount) === account.data.id;
  }

  /** Inline policies of one entity, with slot overrides replacing same-named ones or adding new ones. */
  private inline(
    account: SimAccount,
    owner: "user" | "group" | "role",
    name: string,
    inline: readonly InlinePolicy[] | undefined,
  ): LabelledPolicy[] {
    const kind = `${owner}-inline`;
    const slots = this.overrides.filter((o) => {
      const t = o.target as {
        kind: string;
        account?: string;
        user?: string;
        group?: string;
        role?: string;
      };
      return t.kind === kind && this.inAccount(t, account) && t[owner] === name;
    });
    const slotFor = (policyName: string) =>
      slots.find((o) => (o.target as { policyName: string }).policyName === policyName);
    const out: LabelledPolicy[] = [];
    for (const p of inline ?? []) {
      const slot = slotFor(p.name);
      out.push(
        slot
          ? this.slot(slot, "identity")
          : this.labelled(
              `${account.data.id}:${owner}/${name}:inline/${p.name}`,
              `inline policy ${p.name} of ${owner} ${name}`,
              p.document,
              "identity",
            ),
      );
    }
    for (const slot of slots) {
      const policyName = (slot.target as { policyName: string }).policyName;
      if (!(inline ?? []).some((p) => p.name === policyName)) out.push(this.slot(slot, "identity"));
    }
    return out;
  }

  /** A managed policy by reference (`Name` customer managed, `aws:Name` AWS managed). */
  private managed(
    account: SimAccount,
    ref: string,
    holder: string,
    type: PolicyType,
  ): LabelledPolicy | undefined {
    const slot = this.override(
      (t) => t.kind === "managed-policy" && this.inAccount(t, account) && t.name === ref,
    );
    if (slot) return this.slot(slot, type);
    const role =
      type === "boundary" ? `permissions boundary of ${holder}` : `attached to ${holder}`;
    if (ref.startsWith("aws:")) {
      const name = ref.slice(4);
      const document = this.options.managedPolicies?.get(name);
      if (document === undefined) {
        this.problems.push(`AWS managed policy ${name} is not loaded`);
        return undefined;
      }
      return this.labelled(
        `aws:policy/${name}`,
        `AWS managed policy ${name} (${role})`,
        document,
        type,
      );
    }
    const policy = account.policies.get(ref);
    if (policy === undefined) {
      this.problems.push(`account ${account.data.id} has no managed policy "${ref}"`);
      return undefined;
    }
    return this.labelled(
      `${account.data.id}:policy/${ref}`,
      `managed policy ${ref} (${role})`,
      policy.document,
      type,
    );
  }

  private identityPolicies(
    account: SimAccount,
    principal: ResolvedPrincipal & { kind: "user" | "role" },
  ): LabelledPolicy[] {
    const out: LabelledPolicy[] = [];
    const attach = (refs: readonly string[] | undefined, holder: string) => {
      for (const ref of refs ?? []) {
        const p = this.managed(account, ref, holder, "identity");
        if (p) out.push(p);
      }
    };
    if (principal.kind === "user") {
      const user = principal.user;
      out.push(...this.inline(account, "user", user.name, user.inline));
      attach(user.attached, `user ${user.name}`);
      for (const groupName of user.groups ?? []) {
        const group = account.groups.get(groupName);
        if (group === undefined) {
          this.problems.push(
            `user ${user.name} is in group "${groupName}", which account ${account.data.id} does not have`,
          );
          continue;
        }
        out.push(...this.inline(account, "group", group.name, group.inline));
        attach(group.attached, `group ${group.name}`);
      }
    } else {
      const role = principal.role;
      out.push(...this.inline(account, "role", role.name, role.inline));
      attach(role.attached, `role ${role.name}`);
    }
    return out;
  }

  private boundary(
    account: SimAccount,
    principal: ResolvedPrincipal & { kind: "user" | "role" },
  ): LabelledPolicy | undefined {
    const name = principal.kind === "user" ? principal.user.name : principal.role.name;
    const slot = this.override(
      (t) =>
        t.kind === "boundary" &&
        this.inAccount(t, account) &&
        (principal.kind === "user" ? t.user === name : t.role === name),
    );
    if (slot) return this.slot(slot, "boundary");
    const ref = principal.kind === "user" ? principal.user.boundary : principal.role.boundary;
    return ref === undefined
      ? undefined
      : this.managed(account, ref, `${principal.kind} ${name}`, "boundary");
  }

  private findResource(arn: string): FoundResource | undefined {
    const exact = this.sim.resources.get(arn);
    if (exact) return { ...exact, tags: exact.resource.tags };
    const role = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn);
    if (role) {
      const r = this.sim.accounts.get(role[1])?.roles.get(role[2]);
      if (r) return { account: role[1], tags: r.tags, role: r };
    }
    const object = /^(arn:aws[\w-]*:s3:::[^/]+)\/.+$/.exec(arn);
    if (object) {
      const bucket = this.sim.resources.get(object[1]);
      if (bucket) return { ...bucket, tags: undefined };
    }
    return undefined;
  }

  private resourcePolicy(
    request: SimRequest,
    found: FoundResource | undefined,
  ): LabelledPolicy | undefined {
    if (found?.role && ROLE_ACTIONS.test(request.action)) {
      const role = found.role;
      const slot = this.override(
        (t) =>
          t.kind === "role-trust" &&
          (t.account ?? this.sim.defaultAccount) === found.account &&
          t.role === role.name,
      );
      if (slot) return this.slot(slot, "trust");
      return this.labelled(
        `${found.account}:role/${role.name}:trust`,
        `trust policy of role ${role.name}`,
        role.trustPolicy,
        "trust",
      );
    }
    if (found?.resource === undefined) return undefined;
    const arn = found.resource.arn;
    const label = `${policyNoun(found.resource)} of ${found.resource.name ?? arn}`;
    const slot = this.override((t) => t.kind === "resource-policy" && t.arn === arn);
    if (slot) return this.labelled(slot.id, slot.label ?? label, slot.document, "resource");
    if (found.resource.policy === undefined) return undefined;
    return this.labelled(`resource:${arn}`, label, found.resource.policy, "resource");
  }

  private organizationPolicies(
    input: EvaluationInput,
    principal: ResolvedPrincipal,
    principalAccount?: string,
    resourceAccount?: string,
  ): void {
    const org = this.sim.world.organization;
    if (org === undefined) return;
    input.managementAccount = org.managementAccount;
    const build = (accountId: string, type: "scp" | "rcp") => {
      const levels = levelsOf(org, accountId);
      if (levels === undefined) return undefined;
      return levels.map((level) => {
        const names = type === "scp" ? level.scps : level.rcps;
        const slots = this.overrides.filter(
          (o) => o.target.kind === type && o.target.level === level.id,
        );
        const out: LabelledPolicy[] = [];
        for (const name of names) {
          const slot = slots.find((o) => (o.target as { policyName: string }).policyName === name);
          if (slot) {
            out.push(this.slot(slot, type));
            continue;
          }
          const document = orgPolicyDocument(org, name, type);
          if (document === undefined)
            this.problems.push(`the organization has no ${type.toUpperCase()} "${name}"`);
          else
            out.push(
              this.labelled(
                `org:${type}/${name}@${level.id}`,
                `${type.toUpperCase()} ${name} on ${level.name ?? level.id}`,
                document,
                type,
              ),
            );
        }
        for (const slot of slots) {
          if (!names.includes((slot.target as { policyName: string }).policyName))
            out.push(this.slot(slot, type));
        }
        return out;
      });
    };
    if (principalAccount !== undefined && principal.kind !== "external") {
      const scps = build(principalAccount, "scp");
      if (scps) input.scps = scps;
    }
    if (resourceAccount !== undefined) {
      const rcps = build(resourceAccount, "rcp");
      if (rcps) input.rcps = rcps;
    }
  }

  private context(
    request: SimRequest,
    principal: ResolvedPrincipal,
    resourceTags?: Tags,
  ): Record<string, ContextValue> {
    const context: Record<string, ContextValue> = {};
    const tags =
      principal.kind === "user"
        ? principal.user.tags
        : principal.kind === "role"
          ? principal.role.tags
          : undefined;
    for (const [k, v] of Object.entries(tags ?? {})) context[`aws:PrincipalTag/${k}`] = v;
    for (const [k, v] of Object.entries(resourceTags ?? {})) context[`aws:ResourceTag/${k}`] = v;
    return { ...context, ...(request.context ?? {}) };
  }
}

function policyNoun(resource: Resource): string {
  switch (resource.kind) {
    case "s3-bucket":
    case "s3-object":
      return "bucket policy";
    case "kms-key":
      return "key policy";
    case "sqs-queue":
      return "queue policy";
    case "sns-topic":
      return "topic policy";
    case "lambda-function":
      return "function policy";
    default:
      return "resource policy";
  }
}

function accountOfResourceArn(arn: string): string | undefined {
  const parts = arn.split(":");
  return parts.length >= 6 && /^\d{12}$/.test(parts[4]) ? parts[4] : undefined;
}

/**
 * Converting between a lesson scenario ({@link World}, `lib/sim`) and an {@link AccountState}:
 * `fromWorld` builds the state a lesson starts in, `toWorld` gives the engine path
 * (`requestToEvaluationInput`) the world as it is now.
 */
import { indexWorld, type Account, type Resource, type SimWorld, type World } from "@/lib/sim";
import { hashString, isoDate, SCENARIO_AGE_MS, stableId, START_CLOCK } from "./clock";
import type {
  AccountRecord,
  AccountState,
  BucketRecord,
  InstanceRecord,
  ObjectRecord,
} from "./state";

const DEFAULT_REGION = "us-east-1";

function accountFromWorld(a: Account, seed: number, created: string): AccountRecord {
  const id = (kind: string, name: string, prefix: string) =>
    stableId(seed, `${a.id}:${kind}:${name}`, prefix, 17);
  const buckets: BucketRecord[] = [];
  const objects: ObjectRecord[] = [];
  const instances: InstanceRecord[] = [];
  const otherResources: Resource[] = [];
  for (const r of a.resources ?? []) {
    const s3 = /^arn:aws[\w-]*:s3:::([^/]+)(?:\/(.+))?$/.exec(r.arn);
    const ec2 = /^arn:aws[\w-]*:ec2:([\w-]*):\d{12}:instance\/(i-[\w]+)$/.exec(r.arn);
    if (r.kind === "s3-bucket" && s3 && s3[2] === undefined) {
      buckets.push({ name: s3[1], created, tags: r.tags, policy: r.policy });
    } else if (r.kind === "s3-object" && s3 && s3[2] !== undefined) {
      objects.push({
        bucket: s3[1],
        key: s3[2],
        size: 0,
        modified: created,
        body: "",
        tags: r.tags,
      });
    } else if (r.kind === "ec2-instance" && ec2) {
      const n = hashString(r.arn);
      instances.push({
        id: ec2[2],
        region: ec2[1] || DEFAULT_REGION,
        state: "running",
        type: "t3.micro",
        imageId: `ami-0${(n >>> 0).toString(16).padStart(8, "0")}abcdef01`,
        launched: created,
        privateIp: `10.0.${(n >>> 8) & 0xff}.${(n & 0xfe) + 1}`,
        subnetId: "subnet-0a1b2c3d4e5f60718",
        vpcId: "vpc-0a1b2c3d4e5f60718",
        tags: r.tags,
        name: r.name,
      });
    } else {
      otherResources.push(r);
    }
  }
  // Objects whose bucket the scenario does not list still need their bucket to be listable.
  for (const o of objects)
    if (!buckets.some((b) => b.name === o.bucket)) buckets.push({ name: o.bucket, created });
  return {
    id: a.id,
    alias: a.alias,
    isManagementAccount: a.isManagementAccount,
    users: (a.users ?? []).map((u) => ({
      name: u.name,
      path: u.path ?? "/",
      id: id("user", u.name, "AIDA"),
      created,
      groups: [...(u.groups ?? [])],
      inline: [...(u.inline ?? [])],
      attached: [...(u.attached ?? [])],
      boundary: u.boundary,
      tags: { ...(u.tags ?? {}) },
      accessKeys: [],
    })),
    groups: (a.groups ?? []).map((g) => ({
      name: g.name,
      path: g.path ?? "/",
      id: id("group", g.name, "AGPA"),
      created,
      inline: [...(g.inline ?? [])],
      attached: [...(g.attached ?? [])],
    })),
    roles: (a.roles ?? []).map((r) => ({
      name: r.name,
      path: r.path ?? "/",
      id: id("role", r.name, "AROA"),
      created,
      description: r.description,
      trustPolicy: r.trustPolicy,
      inline: [...(r.inline ?? [])],
      attached: [...(r.attached ?? [])],
      boundary: r.boundary,
      tags: { ...(r.tags ?? {}) },
      maxSessionDuration: r.maxSessionDuration ?? 3600,
    })),
    policies: (a.policies ?? []).map((p) => ({
      name: p.name,
      path: "/",
      id: id("policy", p.name, "ANPA"),
      created,
      updated: created,
      description: p.description,
      versions: [{ id: "v1", document: p.document, created }],
      defaultVersion: "v1",
      nextVersion: 2,
    })),
    instanceProfiles: [],
    buckets,
    objects,
    instances,
    otherResources,
  };
}

/**
 * The state a scenario starts in. Ids and dates are derived from the scenario itself, so the same
 * scenario always gives the same state.
 */
export function fromWorld(world: World): AccountState {
  const seed = hashString(JSON.stringify(world));
  const created = isoDate(START_CLOCK - SCENARIO_AGE_MS);
  return {
    accounts: world.accounts.map((a) => accountFromWorld(a, seed, created)),
    organization: world.organization,
    seed,
    counter: 0,
    clock: START_CLOCK,
    credentials: {},
  };
}

function accountToWorld(a: AccountRecord): Account {
  const resources: Resource[] = [
    ...a.buckets.map((b): Resource => ({
      kind: "s3-bucket",
      arn: `arn:aws:s3:::${b.name}`,
      name: b.name,
      ...(b.tags ? { tags: b.tags } : {}),
      ...(b.policy ? { policy: b.policy } : {}),
    })),
    ...a.objects.map((o): Resource => {
      // lib/sim's findResource stops at an exact s3-object match and never looks at its bucket,
      // so the object carries its bucket's policy (and the bucket's name for the trace label).
      const policy = a.buckets.find((b) => b.name === o.bucket)?.policy;
      return {
        kind: "s3-object",
        arn: `arn:aws:s3:::${o.bucket}/${o.key}`,
        ...(policy ? { name: o.bucket, policy } : {}),
        ...(o.tags ? { tags: o.tags } : {}),
      };
    }),
    ...a.instances.map((i): Resource => ({
      kind: "ec2-instance",
      arn: `arn:aws:ec2:${i.region}:${a.id}:instance/${i.id}`,
      ...(i.name ? { name: i.name } : {}),
      ...(i.tags ? { tags: i.tags } : {}),
    })),
    ...a.otherResources,
  ];
  return {
    id: a.id,
    ...(a.alias !== undefined ? { alias: a.alias } : {}),
    ...(a.isManagementAccount !== undefined ? { isManagementAccount: a.isManagementAccount } : {}),
    users: a.users.map((u) => ({
      name: u.name,
      path: u.path,
      groups: u.groups,
      inline: u.inline,
      attached: u.attached,
      ...(u.boundary ? { boundary: u.boundary } : {}),
      tags: u.tags,
    })),
    groups: a.groups.map((g) => ({
      name: g.name,
      path: g.path,
      inline: g.inline,
      attached: g.attached,
    })),
    roles: a.roles.map((r) => ({
      name: r.name,
      path: r.path,
      ...(r.description !== undefined ? { description: r.description } : {}),
      trustPolicy: r.trustPolicy,
      inline: r.inline,
      attached: r.attached,
      ...(r.boundary ? { boundary: r.boundary } : {}),
      tags: r.tags,
      maxSessionDuration: r.maxSessionDuration,
    })),
    policies: a.policies.map((p) => ({
      name: p.name,
      ...(p.description !== undefined ? { description: p.description } : {}),
      document: p.versions.find((v) => v.id === p.defaultVersion)?.document ?? {},
    })),
    resources,
  };
}

/** The state as a scenario {@link World}, for the engine path and for lesson checks. */
export function toWorld(state: AccountState): World {
  return {
    accounts: state.accounts.map(accountToWorld),
    ...(state.organization ? { organization: state.organization } : {}),
  };
}

const indexed = new WeakMap<AccountState, SimWorld>();

/** The `lib/sim` index of a state's world, built once per state object. */
export function simWorldOf(state: AccountState): SimWorld {
  let sim = indexed.get(state);
  if (sim === undefined) {
    sim = indexWorld(toWorld(state));
    indexed.set(state, sim);
  }
  return sim;
}

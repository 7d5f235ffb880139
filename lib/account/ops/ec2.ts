/** EC2: describing, stopping and starting instances. */
import { apiError, type ApiError } from "../errors";
import { ownAccount, type OpContext, type Operation, type Params } from "../operation";
import {
  INSTANCE_STATES,
  type AccountState,
  type InstanceRecord,
  type InstanceStateName,
} from "../state";
import { iamArn } from "./common";
import { hashString } from "../clock";

function instanceArn(ctx: OpContext, i: InstanceRecord): string {
  return `arn:aws:ec2:${i.region}:${ctx.accountId}:instance/${i.id}`;
}

function ids(p: Params): string[] {
  return Array.isArray(p.InstanceIds) ? p.InstanceIds.map(String) : [];
}

function regionInstances(state: AccountState, ctx: OpContext): InstanceRecord[] {
  return ownAccount(state, ctx).instances.filter((i) => i.region === ctx.region);
}

function notFound(id: string): ApiError {
  return apiError("InvalidInstanceID.NotFound", `The instance ID '${id}' does not exist`);
}

const stateOf = (name: InstanceStateName) => ({ Code: INSTANCE_STATES[name], Name: name });

interface Filter {
  Name: string;
  Values: string[];
}

function matches(i: InstanceRecord, f: Filter): boolean {
  const values = f.Values ?? [];
  if (f.Name === "instance-state-name") return values.includes(i.state);
  if (f.Name === "instance-id") return values.includes(i.id);
  if (f.Name === "instance-type") return values.includes(i.type);
  if (f.Name.startsWith("tag:")) {
    const v = i.tags?.[f.Name.slice(4)];
    return v !== undefined && values.includes(v);
  }
  return true;
}

function instanceShape(state: AccountState, ctx: OpContext, i: InstanceRecord) {
  const account = ownAccount(state, ctx);
  const profile = i.instanceProfile
    ? account.instanceProfiles.find((p) => p.name === i.instanceProfile)
    : undefined;
  const dns = `ip-${i.privateIp.replace(/\./g, "-")}.ec2.internal`;
  return {
    AmiLaunchIndex: 0,
    ImageId: i.imageId,
    InstanceId: i.id,
    InstanceType: i.type,
    LaunchTime: i.launched,
    Monitoring: { State: "disabled" },
    Placement: { AvailabilityZone: `${i.region}a`, GroupName: "", Tenancy: "default" },
    PrivateDnsName: dns,
    PrivateIpAddress: i.privateIp,
    ProductCodes: [],
    PublicDnsName: "",
    State: stateOf(i.state),
    StateTransitionReason: "",
    SubnetId: i.subnetId,
    VpcId: i.vpcId,
    Architecture: "x86_64",
    ...(profile
      ? {
          IamInstanceProfile: {
            Arn: iamArn(account.id, "instance-profile", profile.name, profile.path),
            Id: profile.id,
          },
        }
      : {}),
    RootDeviceName: "/dev/xvda",
    RootDeviceType: "ebs",
    SecurityGroups: [],
    ...(i.tags && Object.keys(i.tags).length > 0
      ? { Tags: Object.entries(i.tags).map(([Key, Value]) => ({ Key, Value })) }
      : {}),
    VirtualizationType: "hvm",
    MetadataOptions: { State: "applied", HttpTokens: "required", HttpEndpoint: "enabled" },
  };
}

export const DescribeInstances: Operation = {
  name: "DescribeInstances",
  action: "ec2:DescribeInstances",
  apply: (draft, p, ctx) => {
    const wanted = ids(p);
    const all = regionInstances(draft, ctx);
    for (const id of wanted) if (!all.some((i) => i.id === id)) return notFound(id);
    const filters = Array.isArray(p.Filters) ? (p.Filters as Filter[]) : [];
    const chosen = all.filter(
      (i) => (wanted.length === 0 || wanted.includes(i.id)) && filters.every((f) => matches(i, f)),
    );
    return {
      Reservations: chosen.map((i) => ({
        Groups: [],
        Instances: [instanceShape(draft, ctx, i)],
        OwnerId: ctx.accountId,
        ReservationId: `r-0${(hashString(i.id) >>> 0).toString(16).padStart(8, "0")}abcdef12`,
      })),
    };
  },
};

function changeOp(
  name: "StopInstances" | "StartInstances",
  listKey: "StoppingInstances" | "StartingInstances",
  target: (current: InstanceStateName) => InstanceStateName,
  reported: (current: InstanceStateName) => InstanceStateName,
): Operation {
  const action = `ec2:${name}`;
  return {
    name,
    action,
    requests: (s, p, ctx) => {
      const all = regionInstances(s, ctx);
      const out = [];
      for (const id of ids(p)) {
        const i = all.find((x) => x.id === id);
        if (!i) return notFound(id);
        out.push({ action, resource: instanceArn(ctx, i) });
      }
      return out;
    },
    apply: (draft, p, ctx) => {
      if (p.DryRun === true)
        return apiError(
          "DryRunOperation",
          "Request would have succeeded, but DryRun flag is set.",
          412,
        );
      const all = regionInstances(draft, ctx);
      const changes = ids(p).map((id) => {
        const i = all.find((x) => x.id === id) as InstanceRecord;
        const previous = i.state;
        i.state = target(previous);
        return {
          CurrentState: stateOf(reported(previous)),
          InstanceId: i.id,
          PreviousState: stateOf(previous),
        };
      });
      return { [listKey]: changes };
    },
  };
}

export const StopInstances = changeOp(
  "StopInstances",
  "StoppingInstances",
  (s) => (s === "running" || s === "pending" || s === "stopping" ? "stopped" : s),
  (s) => (s === "running" || s === "pending" ? "stopping" : s),
);

export const StartInstances = changeOp(
  "StartInstances",
  "StartingInstances",
  (s) => (s === "stopped" || s === "stopping" ? "running" : s),
  (s) => (s === "stopped" ? "pending" : s),
);

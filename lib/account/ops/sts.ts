/** STS: who am I, and assuming a role. */
import { isoDate, nextId } from "../clock";
import { apiError, type ApiError } from "../errors";
import { describeCaller, type Operation } from "../operation";
import { accountById, byName, type AccountState } from "../state";
import { readDocument, req, str } from "./common";
import { isApiError } from "../errors";

/** `sts:GetCallerIdentity`: needs no permission and is never denied. */
export const GetCallerIdentity: Operation = {
  name: "GetCallerIdentity",
  action: "sts:GetCallerIdentity",
  apply: (draft, _p, ctx) => {
    const account = accountById(draft, ctx.accountId);
    let userId = ctx.accountId;
    if (ctx.callerKind === "user")
      userId = byName(account?.users ?? [], ctx.callerName)?.id ?? userId;
    if (ctx.callerKind === "role")
      userId = `${byName(account?.roles ?? [], ctx.callerName)?.id ?? "AROA"}:${ctx.sessionName}`;
    return { UserId: userId, Account: ctx.accountId, Arn: ctx.caller.arn };
  },
};

const ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

function validation(value: string, member: string, constraint: string): ApiError {
  return apiError(
    "ValidationError",
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`,
  );
}

function findRole(state: AccountState, arn: string) {
  const m = ROLE_ARN.exec(arn);
  if (!m) return undefined;
  const role = byName(accountById(state, m[1])?.roles ?? [], m[2]);
  return role ? { account: m[1], role } : undefined;
}

/** `sts:AssumeRole`: the role's trust policy must allow the caller (the engine decides). */
export const AssumeRole: Operation = {
  name: "AssumeRole",
  action: "sts:AssumeRole",
  validate: (p) => {
    const session = req(p, "RoleSessionName");
    if (!SESSION_NAME.test(session))
      return session.length < 2 || session.length > 64
        ? validation(
            session,
            "roleSessionName",
            `Member must have length ${session.length < 2 ? "greater than or equal to 2" : "less than or equal to 64"}`,
          )
        : validation(
            session,
            "roleSessionName",
            "Member must satisfy regular expression pattern: [\\w+=,.@-]*",
          );
    const arn = req(p, "RoleArn");
    if (!/^arn:aws[\w-]*:iam::\d{12}:role\//.test(arn))
      return validation(arn, "roleArn", "Member must have length greater than or equal to 20");
    const d = p.DurationSeconds;
    if (d !== undefined && (typeof d !== "number" || d < 900 || d > 43200))
      return validation(
        String(d),
        "durationSeconds",
        typeof d === "number" && d > 43200
          ? "Member must have value less than or equal to 43200"
          : "Member must have value greater than or equal to 900",
      );
    return undefined;
  },
  requests: (_s, p) => {
    const context: Record<string, string> = {};
    const external = str(p, "ExternalId");
    if (external !== undefined) context["sts:ExternalId"] = external;
    context["sts:RoleSessionName"] = req(p, "RoleSessionName");
    return [{ action: "sts:AssumeRole", resource: req(p, "RoleArn"), context }];
  },
  apply: (draft, p, ctx) => {
    const arn = req(p, "RoleArn");
    const found = findRole(draft, arn);
    if (!found)
      return apiError(
        "AccessDenied",
        `User: ${ctx.caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${arn}`,
        403,
      );
    const chained = describeCaller(ctx.caller).callerKind === "role";
    const duration = typeof p.DurationSeconds === "number" ? p.DurationSeconds : 3600;
    if (chained && duration > 3600)
      return apiError(
        "ValidationError",
        "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
      );
    if (duration > found.role.maxSessionDuration)
      return apiError(
        "ValidationError",
        "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
      );
    let sessionPolicy;
    const policyText = str(p, "Policy");
    if (policyText !== undefined) {
      const doc = readDocument(policyText, "session");
      if (isApiError(doc)) return doc;
      sessionPolicy = doc;
    }
    const session = req(p, "RoleSessionName");
    const sessionArn = `arn:aws:sts::${found.account}:assumed-role/${found.role.name}/${session}`;
    const keyId = nextId(draft, "ASIA", 16);
    const expiration = isoDate(draft.clock + duration * 1000);
    draft.credentials[keyId] = {
      arn: sessionArn,
      ...(sessionPolicy ? { sessionPolicy } : {}),
      ...(chained ? { chained } : {}),
      expiration,
    };
    return {
      Credentials: {
        AccessKeyId: keyId,
        SecretAccessKey: nextId(draft, "", 40, "secret"),
        SessionToken: nextId(draft, "IQoJb3JpZ2luX2VjE", 180, "secret"),
        Expiration: expiration,
      },
      AssumedRoleUser: { AssumedRoleId: `${found.role.id}:${session}`, Arn: sessionArn },
    };
  },
};

/** Who a lesson's commands run as: its starting identity, else the account's root user. */
import type { Caller } from "./authorize";
import type { AccountState } from "./state";

/**
 * The caller for an identity as lessons write it (`user/alice`, `role/Admin`, `root`, an IAM
 * user or role ARN, a role session ARN). A role becomes a session of that role named
 * `sessionName`. Without an identity: the root user of the state's first account.
 */
export function defaultCaller(
  state: AccountState,
  identity?: string,
  sessionName = "learner",
): Caller {
  const account = state.accounts[0]?.id ?? "000000000000";
  const text = identity?.trim();
  if (!text || text === "root") return { arn: `arn:aws:iam::${account}:root` };
  if (/^arn:aws[\w-]*:sts::\d{12}:assumed-role\//.test(text)) return { arn: text };
  const arn = /^arn:aws[\w-]*:iam::(\d{12}):(user|role|root)(?:\/(?:.*\/)?([\w+=,.@-]+))?$/.exec(
    text,
  );
  const short = /^(?:(\d{12}):)?(user|role)\/([\w+=,.@-]+)$/.exec(text);
  const m = arn ?? short;
  if (!m) return { arn: text };
  const acct = m[1] ?? account;
  if (m[2] === "root") return { arn: `arn:aws:iam::${acct}:root` };
  const name = m[3];
  const entity =
    m[2] === "user"
      ? state.accounts.find((a) => a.id === acct)?.users.find((u) => u.name === name)
      : state.accounts.find((a) => a.id === acct)?.roles.find((r) => r.name === name);
  const path = entity?.path ?? "/";
  if (m[2] === "user") return { arn: `arn:aws:iam::${acct}:user${path}${name}` };
  return { arn: `arn:aws:sts::${acct}:assumed-role/${name}/${sessionName}` };
}

import type { LabelledPolicy, PolicyType } from "@/lib/iam";
import { rawDocuments, type DocumentPreparer } from "./prepare";
import { describeTarget, type PolicyOverride, type PolicyTarget } from "./targets";
import { type SimAccount, type SimWorld } from "./world";

/** Options for gathering an engine input (see `requestToEvaluationInput`). */
export interface GatherOptions {
  /** AWS managed policy documents by bare name (`AdministratorAccess`). */
  managedPolicies?: ReadonlyMap<string, unknown>;
  /** How to prepare each document (default: pass raw). Use `cachingPreparer()` for speed. */
  prepare?: DocumentPreparer;
}

/**
 * The state of one gathering: the world, the learner's slot overrides, the options, and the
 * problems met so far. It labels documents for the engine and finds the override at a target.
 */
export class Gathering {
  readonly problems: string[] = [];
  private readonly prepare: DocumentPreparer;

  constructor(
    readonly sim: SimWorld,
    readonly overrides: readonly PolicyOverride[],
    readonly options: GatherOptions,
  ) {
    this.prepare = options.prepare ?? rawDocuments;
  }

  /** A labelled policy whose document is prepared for its type. */
  labelled(id: string, label: string, document: unknown, type: PolicyType): LabelledPolicy {
    return { id, label, type, document: this.prepare(document, type) };
  }

  /** The first override whose target matches. */
  override(match: (t: PolicyTarget) => boolean): PolicyOverride | undefined {
    return this.overrides.find((o) => match(o.target));
  }

  /** An override as a labelled policy (its label defaults to a description of its target). */
  slot(o: PolicyOverride, type: PolicyType): LabelledPolicy {
    return this.labelled(o.id, o.label ?? describeTarget(o.target), o.document, type);
  }

  /** Whether a target (whose account defaults to the world's default account) is in `account`. */
  inAccount(t: { account?: string }, account: SimAccount): boolean {
    return (t.account ?? this.sim.defaultAccount) === account.data.id;
  }

  /**
   * Named policies with slot overrides (targets carrying a `policyName`) replacing same-named ones
   * and the remaining slots added after them. `make` builds the policy at `names[index]` that no
   * slot replaces, and may return undefined (after noting a problem) to leave it out.
   */
  namedWithSlots(
    names: readonly string[],
    slots: readonly PolicyOverride[],
    type: PolicyType,
    make: (name: string, index: number) => LabelledPolicy | undefined,
  ): LabelledPolicy[] {
    const out: LabelledPolicy[] = [];
    names.forEach((name, index) => {
      const slot = slots.find((o) => policyNameOf(o) === name);
      const policy = slot ? this.slot(slot, type) : make(name, index);
      if (policy) out.push(policy);
    });
    for (const slot of slots) {
      if (!names.includes(policyNameOf(slot))) out.push(this.slot(slot, type));
    }
    return out;
  }
}

function policyNameOf(o: PolicyOverride): string {
  return (o.target as { policyName: string }).policyName;
}

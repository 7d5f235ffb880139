/**
 * A policy value holding policy variables, with its last resolution kept. What a template
 * compiles to (a glob, an ARN pattern, plain text) depends only on the values its variables
 * take, so while those values are the same strings as last time (a lesson check re-evaluating
 * one request) the compiled form is reused; matching still runs on every evaluation.
 */
import type { ContextLookup, TemplatePart } from "./variables";

type VariablePart = Extract<TemplatePart, { kind: "variable" }>;

/** The value a variable takes: its single request value, else its default; undefined when unresolvable. */
export function variableValue(part: VariablePart, lookup: ContextLookup): string | undefined {
  const values = lookup.get(part.keyLower);
  if (values && values.length === 1) return values[0];
  if (values && values.length > 1) return undefined;
  return part.fallback;
}

/** A template and how to compile it, with a one-entry memo keyed by its variables' values. */
export class ResolvedTemplate<T> {
  private readonly variables: VariablePart[];
  private readonly last: (string | undefined)[];
  private result: T | undefined = undefined;
  private filled = false;

  constructor(
    readonly parts: readonly TemplatePart[],
    private readonly build: (
      parts: readonly TemplatePart[],
      lookup: ContextLookup,
    ) => T | undefined,
  ) {
    this.variables = parts.filter((p): p is VariablePart => p.kind === "variable");
    this.last = this.variables.map(() => undefined);
  }

  /** The compiled form for the request's variable values; undefined when a variable is unresolvable. */
  resolve(lookup: ContextLookup): T | undefined {
    const vars = this.variables;
    const last = this.last;
    for (let i = 0; i < vars.length; i++) {
      const v = variableValue(vars[i], lookup);
      if (v === undefined) return undefined;
      if (v !== last[i]) {
        last[i] = v;
        this.filled = false;
      }
    }
    if (!this.filled) {
      this.result = this.build(this.parts, lookup);
      this.filled = true;
    }
    return this.result;
  }
}

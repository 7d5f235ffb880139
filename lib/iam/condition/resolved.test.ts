import { describe, expect, it } from "vitest";
import { ResolvedTemplate } from "./resolved";
import { parseTemplate, resolveText, type ContextLookup } from "./variables";

const lookup = (values: Record<string, string[]>): ContextLookup => new Map(Object.entries(values));

function counted(value: string) {
  let builds = 0;
  const t = new ResolvedTemplate(parseTemplate(value)!, (parts, l) => {
    builds++;
    return resolveText(parts, l);
  });
  return { t, builds: () => builds };
}

describe("ResolvedTemplate", () => {
  it("given the same variable values again, when resolved, then the last result is reused", () => {
    const { t, builds } = counted("home/${aws:username}/*");
    const alice = lookup({ "aws:username": ["alice"] });
    expect(t.resolve(alice)).toBe("home/alice/*");
    expect(t.resolve(alice)).toBe("home/alice/*");
    expect(builds()).toBe(1);
  });

  it("given alternating values, when resolved, then each resolution matches its own values", () => {
    const { t } = counted("${aws:username}-${team}");
    for (let i = 0; i < 3; i++) {
      expect(t.resolve(lookup({ "aws:username": ["a"], team: ["x"] }))).toBe("a-x");
      expect(t.resolve(lookup({ "aws:username": ["b"], team: ["x"] }))).toBe("b-x");
    }
  });

  it("given a variable that goes missing after another changed, when the first values return, then the result is rebuilt", () => {
    const { t } = counted("${a}-${b}");
    expect(t.resolve(lookup({ a: ["1"], b: ["2"] }))).toBe("1-2");
    expect(t.resolve(lookup({ a: ["3"] }))).toBeUndefined();
    expect(t.resolve(lookup({ a: ["3"], b: ["2"] }))).toBe("3-2");
  });

  it("given a multi-valued or missing variable without default, when resolved, then it is unresolvable", () => {
    const { t } = counted("${a}");
    expect(t.resolve(lookup({ a: ["1", "2"] }))).toBeUndefined();
    expect(t.resolve(lookup({}))).toBeUndefined();
  });

  it("given a default, when the key is missing, then the default is used", () => {
    const { t } = counted("${a, 'none'}");
    expect(t.resolve(lookup({}))).toBe("none");
  });
});

import { describe, expect, it } from "vitest";
import type * as Monaco from "monaco-editor";
import { policyTypeOf, registerPolicyModel } from "./policyModels";
import { policySchemaUri } from "./policySchema";

interface Published {
  uri: string;
  fileMatch: string[];
}

/** Just enough of Monaco for schema publishing: URIs and the JSON defaults. */
function fakeMonaco() {
  const state = { schemas: [] as Published[] };
  const monaco = {
    Uri: { parse: (s: string) => ({ authority: new URL(s).host, path: new URL(s).pathname }) },
    json: {
      jsonDefaults: {
        diagnosticsOptions: {},
        setDiagnosticsOptions: (o: { schemas: Published[] }) => (state.schemas = o.schemas),
      },
    },
  } as unknown as typeof Monaco;
  return { monaco, state };
}

const modelAt = (uri: string) =>
  ({ uri: { toString: () => uri } }) as unknown as Monaco.editor.ITextModel;

describe("registerPolicyModel", () => {
  it("given a linted and an unlinted editor, when registered, then each gets its own schema and forgetting removes it", () => {
    const { monaco, state } = fakeMonaco();
    const linted = modelAt("inmemory://model/a.json");
    const plain = modelAt("inmemory://model/b.json");
    const forgetA = registerPolicyModel(monaco, linted, "trust", true);
    const forgetB = registerPolicyModel(monaco, plain, "trust", false);
    expect(policyTypeOf(linted)).toBe("trust");
    expect(state.schemas.map((s) => s.uri).sort()).toEqual(
      [policySchemaUri("trust"), policySchemaUri("trust", { linted: true })].sort(),
    );
    const structure = state.schemas.find(
      (s) => s.uri === policySchemaUri("trust", { linted: true }),
    );
    expect(structure?.fileMatch).toEqual(["model/a.json"]);
    // registering the same model again keeps one entry; forgetting still removes it
    registerPolicyModel(monaco, linted, "trust", true);
    forgetA();
    expect(policyTypeOf(linted)).toBeUndefined();
    expect(state.schemas.map((s) => s.uri)).toEqual([policySchemaUri("trust")]);
    forgetB();
    expect(state.schemas).toEqual([]);
  });
});

import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const eslint = new ESLint({ cwd: root });

async function messages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("module boundaries (eslint.config.mjs)", () => {
  it("given a component importing a lib/ file past its front door, when linted, then it is an error", async () => {
    const found = await messages(
      "components/player/Probe.tsx",
      'import { gradePolicy } from "@/lib/lessons/kinds/policy/grade";\nexport const x = gradePolicy;\n',
    );
    expect(found.join("\n")).toMatch(/no-restricted-imports: .*front door/);
  });

  it("given a component importing the front door, when linted, then it is clean", async () => {
    const found = await messages(
      "components/player/Probe.tsx",
      'import { gradeLesson } from "@/lib/lessons";\nexport const x = gradeLesson;\n',
    );
    expect(found).toEqual([]);
  });

  it("given a lib/ module reaching into another module's files, or into React, when linted, then both are errors", async () => {
    const found = await messages(
      "lib/lessons/probe.ts",
      'import { indexWorld } from "@/lib/sim/world";\nimport { useState } from "react";\nexport const x = [indexWorld, useState];\n',
    );
    expect(found.filter((m) => m.startsWith("no-restricted-imports"))).toHaveLength(2);
  });
});

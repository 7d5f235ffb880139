import { describe, expect, it } from "vitest";
import { EchoFilter } from "./echoFilter";

describe("EchoFilter", () => {
  it("given a late echo of an earlier keystroke, when the parent renders it, then the editor keeps its newer text", () => {
    const f = new EchoFilter("");
    f.emitted("{");
    f.emitted('{ "V');
    f.emitted('{ "Ve');
    expect(f.isExternal("{", '{ "Ve')).toBe(false);
    expect(f.isExternal('{ "V', '{ "Ve')).toBe(false);
    expect(f.isExternal('{ "Ve', '{ "Ve')).toBe(false);
  });

  it("given a value the editor never reported, when the parent renders it, then it replaces the text", () => {
    const f = new EchoFilter("start");
    f.emitted("start!");
    expect(f.isExternal("loaded example", "start!")).toBe(true);
  });

  it("given the parent caught up, when it later sets an older text again (a reset), then that is a change from outside", () => {
    const f = new EchoFilter("starter");
    f.emitted("starter x");
    f.emitted("starter xy");
    expect(f.isExternal("starter xy", "starter xy")).toBe(false);
    expect(f.isExternal("starter x", "starter xy")).toBe(true);
  });

  it("given the initial value, when the editor already shows it, then nothing is replaced", () => {
    const f = new EchoFilter("same");
    expect(f.isExternal("same", "same")).toBe(false);
  });

  it("given a parent that never renders what was typed, then the remembered echoes stay bounded", () => {
    const f = new EchoFilter("");
    for (let i = 0; i < 1000; i++) f.emitted(`text ${i}`);
    expect(f.isExternal("text 999", "text 999")).toBe(false);
    expect(f.isExternal("text 0", "text 999")).toBe(true);
  });
});

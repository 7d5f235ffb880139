import { describe, expect, it } from "vitest";
import { locateAt, statementPlace } from "./jsonLocation";
import { formatPath, scanTokens } from "./jsonScan";
import { servicePrefixesIn, statementContext } from "./statementContext";

/** Splits a template at its `|` into the text and the cursor offset. */
function at(template: string): [string, number] {
  const offset = template.indexOf("|");
  return [template.slice(0, offset) + template.slice(offset + 1), offset];
}

describe("locateAt", () => {
  it("given the cursor inside an Action string, when located, then it is a value with the typed prefix", () => {
    const [text, offset] = at('{"Statement":[{"Effect":"Allow","Action":"s3:Get|"}]}');
    const loc = locateAt(text, offset);
    expect(loc.slot).toBe("value");
    expect(loc.path).toEqual(["Statement", 0, "Action"]);
    expect(loc.prefix).toBe("s3:Get");
    expect(text.slice(loc.replaceStart, loc.replaceEnd)).toBe("s3:Get");
  });

  it("given the cursor in the second item of an Action array, when located, then the path has the index", () => {
    const [text, offset] = at('{"Statement":{"Action":["s3:GetObject","iam:|"]}}');
    const loc = locateAt(text, offset);
    expect(loc.path).toEqual(["Statement", "Action", 1]);
    expect(loc.prefix).toBe("iam:");
  });

  it("given an unclosed string at the end of the text, when located, then it still reads the prefix", () => {
    const [text, offset] = at('{"Statement":[{"Action":"ec2:Desc|');
    const loc = locateAt(text, offset);
    expect(loc.slot).toBe("value");
    expect(loc.path).toEqual(["Statement", 0, "Action"]);
    expect(loc.prefix).toBe("ec2:Desc");
    expect(loc.string?.closed).toBe(false);
  });

  it("given an empty key string under Condition, when located, then it is a key slot of Condition", () => {
    const [text, offset] = at('{"Statement":[{"Effect":"Allow","Condition":{"|"}}]}');
    const loc = locateAt(text, offset);
    expect(loc.slot).toBe("key");
    expect(loc.path).toEqual(["Statement", 0, "Condition"]);
    expect(loc.prefix).toBe("");
  });

  it("given a partial key under an operator, when located, then the path ends at the operator", () => {
    const [text, offset] = at('{"Statement":[{"Condition":{"StringEquals":{"aws:Sou|": "x"}}}]}');
    const loc = locateAt(text, offset);
    expect(loc.slot).toBe("key");
    expect(loc.path).toEqual(["Statement", 0, "Condition", "StringEquals"]);
    expect(loc.prefix).toBe("aws:Sou");
  });

  it("given whitespace after a comma in an object, when located, then it is a key slot without a string", () => {
    const [text, offset] = at('{"Statement":[{"Effect":"Allow", | }]}');
    const loc = locateAt(text, offset);
    expect(loc.slot).toBe("key");
    expect(loc.path).toEqual(["Statement", 0]);
    expect(loc.string).toBeUndefined();
  });

  it("given whitespace after a colon, when located, then it is the value slot of that key", () => {
    const [text, offset] = at('{"Statement":[{"Resource": | }]}');
    expect(locateAt(text, offset)).toMatchObject({
      slot: "value",
      path: ["Statement", 0, "Resource"],
    });
  });

  it("given the cursor right after a closing quote, when located, then no slot is offered", () => {
    const [text, offset] = at('{"Effect":"Allow"|}');
    expect(locateAt(text, offset).slot).toBe("none");
  });

  it("given a partial bare literal, when located, then the literal is the prefix", () => {
    const [text, offset] = at('{"Version": tr|}');
    expect(locateAt(text, offset)).toMatchObject({
      slot: "value",
      path: ["Version"],
      prefix: "tr",
    });
  });

  it("given garbage and unbalanced brackets, when located, then it does not throw", () => {
    for (const text of ["]]]}}}", "{{{[[[", '{"a":,,,:"b"', '"\\', '{"a\\"b": 1}', ""]) {
      for (let i = 0; i <= text.length; i++) expect(() => locateAt(text, i)).not.toThrow();
    }
  });
});

describe("statementPlace", () => {
  it("given a path inside an indexed statement, when split, then the statement and inner parts come apart", () => {
    expect(statementPlace(["Statement", 3, "Condition", "Bool"])).toEqual({
      statementPath: ["Statement", 3],
      inner: ["Condition", "Bool"],
    });
  });

  it("given a single-object statement, when split, then the statement path has no index", () => {
    expect(statementPlace(["Statement", "Action"])).toEqual({
      statementPath: ["Statement"],
      inner: ["Action"],
    });
  });

  it("given a path outside Statement, when split, then there is no place", () => {
    expect(statementPlace(["Version"])).toBeUndefined();
  });
});

describe("statementContext", () => {
  const doc = `{"Statement":[
    {"Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::b/*"},
    {"NotAction":"iam:*","Resource":["*"],"Condition":{"StringEquals":{"ec2:Region":"x"}}}
  ]}`;

  it("given two statements, when read, then each statement's actions and resources come back", () => {
    expect(statementContext(doc, ["Statement", 0])).toEqual({
      actions: ["s3:GetObject", "s3:PutObject"],
      notAction: false,
      resources: ["arn:aws:s3:::b/*"],
    });
    expect(statementContext(doc, ["Statement", 1])).toMatchObject({
      actions: ["iam:*"],
      notAction: true,
    });
  });

  it("given a document, when service prefixes are listed, then actions and condition keys count", () => {
    expect(servicePrefixesIn(doc).sort()).toEqual(["ec2", "iam", "s3"]);
  });
});

describe("formatPath and scanTokens", () => {
  it("given scanned tokens, when their paths are formatted, then they match the engine's path style", () => {
    const tokens = scanTokens(
      '{"Statement":[{"Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]}',
    );
    const value = tokens.find((t) => t.value === "10.0.0.0/8");
    expect(formatPath(value!.path)).toBe('Statement[0].Condition.IpAddress["aws:SourceIp"]');
  });
});

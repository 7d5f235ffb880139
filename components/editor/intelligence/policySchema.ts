import type { PolicyType } from "@/lib/iam";
import { structureOnly } from "./schemaStructure";

/** A JSON schema as plain data (Monaco's JSON language reads draft-07 style schemas). */
export type JsonSchema = Record<string, unknown>;

/** Options of `policySchema`. */
export interface PolicySchemaOptions {
  /**
   * True when the editor is linted: the schema then keeps only structure (completion, hovers)
   * and leaves every check to the linter, so one mistake shows one marker. Default false.
   */
  linted?: boolean;
}

/** The URI under which the schema of a policy type (linted or not) is registered with Monaco. */
export function policySchemaUri(
  type: PolicyType,
  { linted = false }: PolicySchemaOptions = {},
): string {
  return `https://least-privilege.local/schemas/${type}-policy${linted ? "-structure" : ""}.json`;
}

const stringOrList = (description: string, itemDescription = description): JsonSchema => ({
  description,
  anyOf: [
    { type: "string", description: itemDescription, minLength: 1 },
    {
      type: "array",
      items: { type: "string", minLength: 1, description: itemDescription },
      minItems: 1,
    },
  ],
});

const principalValue = (description: string): JsonSchema => ({
  description,
  anyOf: [
    { const: "*", description: "Everyone, including anonymous callers" },
    {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        AWS: stringOrList(
          "AWS principals: an account id, an account root ARN, a user, role or role-session ARN, or *",
        ),
        Service: stringOrList("AWS service principals such as ec2.amazonaws.com"),
        Federated: stringOrList(
          "An identity provider: a SAML provider ARN or cognito-identity.amazonaws.com",
        ),
        CanonicalUser: stringOrList("An S3 canonical user id"),
      },
    },
  ],
});

const conditionBlock: JsonSchema = {
  description:
    'Conditions: { "Operator": { "key": value(s) } }. Operators are ANDed, keys under one operator are ANDed, values of one key are ORed.',
  type: "object",
  propertyNames: {
    pattern:
      "^(ForAllValues:|ForAnyValue:)?(String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(Less|Greater)Than(Equals)?|Date(Not)?Equals|Date(Less|Greater)Than(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?$|^Null$",
    patternErrorMessage: "Not a condition operator (e.g. StringEquals, ArnLike, Bool, IpAddress)",
  },
  additionalProperties: {
    type: "object",
    minProperties: 1,
    additionalProperties: {
      anyOf: [
        { type: ["string", "number", "boolean"] },
        { type: "array", items: { type: ["string", "number", "boolean"] } },
      ],
    },
  },
};

interface Shape {
  principal: "required" | "allowed" | "forbidden";
  resource: "required" | "forbidden";
}

const SHAPES: Record<PolicyType, Shape> = {
  identity: { principal: "forbidden", resource: "required" },
  boundary: { principal: "forbidden", resource: "required" },
  session: { principal: "forbidden", resource: "required" },
  scp: { principal: "forbidden", resource: "required" },
  rcp: { principal: "required", resource: "required" },
  resource: { principal: "required", resource: "required" },
  trust: { principal: "required", resource: "forbidden" },
};

function statementSchema(type: PolicyType): JsonSchema {
  const shape = SHAPES[type];
  const properties: Record<string, unknown> = {
    Sid: { type: "string", description: "An optional statement id, unique within the policy" },
    Effect: {
      enum: ["Allow", "Deny"],
      description: "Allow or Deny (case-sensitive). An explicit Deny always wins.",
    },
    Action: stringOrList("The actions this statement covers, e.g. s3:GetObject or s3:Get*"),
    NotAction: stringOrList(
      "Every action except these (with Allow this grants a lot: prefer Action)",
    ),
    Condition: conditionBlock,
  };
  const required = ["Effect"];
  const oneOf: JsonSchema[] = [{ required: ["Action"] }, { required: ["NotAction"] }];
  const allOf: JsonSchema[] = [{ oneOf }];
  if (shape.resource === "required") {
    properties.Resource = stringOrList("The resources (ARNs, or *) this statement covers");
    properties.NotResource = stringOrList("Every resource except these");
    allOf.push({ oneOf: [{ required: ["Resource"] }, { required: ["NotResource"] }] });
  } else {
    properties.Resource = false;
    properties.NotResource = false;
  }
  if (shape.principal === "forbidden") {
    properties.Principal = false;
    properties.NotPrincipal = false;
  } else {
    properties.Principal = principalValue("Who this statement applies to");
    properties.NotPrincipal = principalValue(
      "Everyone except these principals (use only with Deny)",
    );
    if (shape.principal === "required") {
      allOf.push({ oneOf: [{ required: ["Principal"] }, { required: ["NotPrincipal"] }] });
    }
  }
  return {
    type: "object",
    additionalProperties: false,
    required,
    properties,
    allOf,
    defaultSnippets: [
      {
        label: "New statement",
        body: statementSnippet(type),
      },
    ],
  };
}

function statementSnippet(type: PolicyType): Record<string, unknown> {
  const body: Record<string, unknown> = { Sid: "$1", Effect: "${2|Allow,Deny|}" };
  if (SHAPES[type].principal !== "forbidden") body.Principal = { AWS: "$3" };
  body.Action = "$4";
  if (SHAPES[type].resource === "required") body.Resource = "$5";
  return body;
}

/**
 * The JSON schema of a policy document of the given type (structure, keys and enum values).
 * With `linted`, only the structure: no validation that would repeat a lint finding.
 */
export function policySchema(
  type: PolicyType,
  { linted = false }: PolicySchemaOptions = {},
): JsonSchema {
  const schema = fullSchema(type);
  return linted ? structureOnly(schema) : schema;
}

function fullSchema(type: PolicyType): JsonSchema {
  const statement = statementSchema(type);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: `IAM ${type} policy`,
    type: "object",
    additionalProperties: false,
    required: ["Statement"],
    properties: {
      Version: {
        enum: ["2012-10-17", "2008-10-17"],
        description:
          "Policy language version: use 2012-10-17 (2008-10-17 ignores policy variables)",
      },
      Id: { type: "string", description: "An optional policy identifier" },
      Statement: {
        description: "One statement object or a list of statements",
        anyOf: [statement, { type: "array", items: statement }],
      },
    },
  };
}

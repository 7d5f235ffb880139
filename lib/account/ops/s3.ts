/** S3: listing buckets and objects, reading objects, bucket policies. */
import { parsePolicy } from "@/lib/iam";
import { hashString } from "../clock";
import { apiError, type ApiError } from "../errors";
import { ownAccount, type Operation } from "../operation";
import type { AccountState, BucketRecord } from "../state";
import { req, str } from "./common";

const bucketArn = (name: string) => `arn:aws:s3:::${name}`;

/** The bucket of any account of the state (bucket names are global). */
function findBucket(state: AccountState, name: string): BucketRecord | undefined {
  for (const a of state.accounts) {
    const b = a.buckets.find((x) => x.name === name);
    if (b) return b;
  }
  return undefined;
}

const noSuchBucket = (): ApiError =>
  apiError("NoSuchBucket", "The specified bucket does not exist", 404);

export const ListBuckets: Operation = {
  name: "ListBuckets",
  action: "s3:ListAllMyBuckets",
  apply: (draft, _p, ctx) => {
    const account = ownAccount(draft, ctx);
    return {
      Buckets: [...account.buckets]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((b) => ({ Name: b.name, CreationDate: b.created })),
      Owner: { ID: hashString(account.id).toString(16).padStart(8, "0").repeat(8) },
    };
  },
};

export const ListObjectsV2: Operation = {
  name: "ListObjectsV2",
  action: "s3:ListBucket",
  requests: (_s, p) => {
    const context: Record<string, string> = { "s3:prefix": str(p, "Prefix") ?? "" };
    const delimiter = str(p, "Delimiter");
    if (delimiter !== undefined) context["s3:delimiter"] = delimiter;
    return [{ action: "s3:ListBucket", resource: bucketArn(req(p, "Bucket")), context }];
  },
  apply: (draft, p) => {
    const name = req(p, "Bucket");
    if (!findBucket(draft, name)) return noSuchBucket();
    const prefix = str(p, "Prefix") ?? "";
    const delimiter = str(p, "Delimiter");
    const contents: {
      Key: string;
      LastModified: string;
      ETag: string;
      Size: number;
      StorageClass: string;
    }[] = [];
    const prefixes = new Set<string>();
    const objects = draft.accounts
      .flatMap((a) => a.objects)
      .filter((o) => o.bucket === name && o.key.startsWith(prefix))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const o of objects) {
      const rest = o.key.slice(prefix.length);
      const cut = delimiter ? rest.indexOf(delimiter) : -1;
      if (delimiter && cut >= 0) prefixes.add(prefix + rest.slice(0, cut + delimiter.length));
      else
        contents.push({
          Key: o.key,
          LastModified: o.modified,
          ETag: `"${etag(o.body)}"`,
          Size: o.size,
          StorageClass: "STANDARD",
        });
    }
    return {
      ...(contents.length > 0 ? { Contents: contents } : {}),
      Name: name,
      Prefix: prefix,
      ...(delimiter !== undefined ? { Delimiter: delimiter } : {}),
      MaxKeys: 1000,
      ...(prefixes.size > 0 ? { CommonPrefixes: [...prefixes].map((Prefix) => ({ Prefix })) } : {}),
      KeyCount: contents.length + prefixes.size,
    };
  },
};

function etag(body: string): string {
  const h = hashString(body);
  return [h, h ^ 0x5bd1e995, h ^ 0x1b873593, h ^ 0xcc9e2d51]
    .map((n) => (n >>> 0).toString(16).padStart(8, "0"))
    .join("");
}

export const GetObject: Operation = {
  name: "GetObject",
  action: "s3:GetObject",
  requests: (_s, p) => [
    { action: "s3:GetObject", resource: `${bucketArn(req(p, "Bucket"))}/${req(p, "Key")}` },
  ],
  apply: (draft, p) => {
    const name = req(p, "Bucket");
    if (!findBucket(draft, name)) return noSuchBucket();
    const key = req(p, "Key");
    const o = draft.accounts
      .flatMap((a) => a.objects)
      .find((x) => x.bucket === name && x.key === key);
    if (!o) return apiError("NoSuchKey", "The specified key does not exist.", 404);
    return {
      Body: o.body,
      AcceptRanges: "bytes",
      LastModified: o.modified,
      ContentLength: o.size,
      ETag: `"${etag(o.body)}"`,
      ContentType: "binary/octet-stream",
      Metadata: {},
    };
  },
};

export const GetBucketPolicy: Operation = {
  name: "GetBucketPolicy",
  action: "s3:GetBucketPolicy",
  requests: (_s, p) => [{ action: "s3:GetBucketPolicy", resource: bucketArn(req(p, "Bucket")) }],
  apply: (draft, p) => {
    const bucket = findBucket(draft, req(p, "Bucket"));
    if (!bucket) return noSuchBucket();
    if (!bucket.policy)
      return apiError("NoSuchBucketPolicy", "The bucket policy does not exist", 404);
    return { Policy: JSON.stringify(bucket.policy) };
  },
};

export const PutBucketPolicy: Operation = {
  name: "PutBucketPolicy",
  action: "s3:PutBucketPolicy",
  requests: (_s, p) => [{ action: "s3:PutBucketPolicy", resource: bucketArn(req(p, "Bucket")) }],
  apply: (draft, p) => {
    const bucket = findBucket(draft, req(p, "Bucket"));
    if (!bucket) return noSuchBucket();
    const text = req(p, "Policy");
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return apiError(
        "MalformedPolicy",
        "Policies must be valid JSON and the first byte must be '{'",
      );
    const parsed = parsePolicy(value, { type: "resource" });
    if (parsed.errors.length > 0)
      return apiError(
        "MalformedPolicy",
        `Policy has invalid resource: ${parsed.errors[0].message}`,
      );
    bucket.policy = value as Record<string, unknown>;
    return undefined;
  },
};

export const DeleteBucketPolicy: Operation = {
  name: "DeleteBucketPolicy",
  action: "s3:DeleteBucketPolicy",
  requests: (_s, p) => [{ action: "s3:DeleteBucketPolicy", resource: bucketArn(req(p, "Bucket")) }],
  apply: (draft, p) => {
    const bucket = findBucket(draft, req(p, "Bucket"));
    if (!bucket) return noSuchBucket();
    delete bucket.policy;
    return undefined;
  },
};

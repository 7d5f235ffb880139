import { Catalog, memoryCatalogSource } from "@/lib/iam";
import type { CatalogIndex, ServiceDetail } from "@/lib/iam";

/** A tiny catalog (s3 loaded, iam indexed only) for the intelligence unit tests. */
export function testCatalog(options: { loadS3?: boolean } = {}): Catalog {
  const index: CatalogIndex = {
    format: 1,
    dataVersion: "test",
    rcpServices: ["s3"],
    services: [
      {
        prefix: "s3",
        name: "Amazon S3",
        actions: [
          ["GetObject", "Read"],
          ["PutObject", "Write"],
          ["ListBucket", "List"],
          ["ListAllMyBuckets", "List"],
        ],
      },
      {
        prefix: "iam",
        name: "AWS Identity and Access Management",
        actions: [["PassRole", "Write"]],
      },
    ],
    globalConditionKeys: [
      { key: "aws:SourceIp", type: "IPAddress", multiValued: false, category: "network" },
      {
        key: "aws:PrincipalTag/${TagKey}",
        type: "String",
        multiValued: false,
        category: "principal",
      },
      { key: "aws:TagKeys", type: "ArrayOfString", multiValued: true, category: "request" },
    ],
  };
  const s3: ServiceDetail = {
    prefix: "s3",
    name: "Amazon S3",
    actions: [
      {
        name: "GetObject",
        accessLevel: "Read",
        description: "Grants permission to retrieve objects from Amazon S3",
        resourceTypes: [{ name: "object", required: true }],
        conditionKeys: ["s3:ExistingObjectTag/<key>", "s3:TlsVersion"],
      },
      {
        name: "PutObject",
        accessLevel: "Write",
        description: "Grants permission to add an object to a bucket",
        resourceTypes: [{ name: "object", required: true }],
        conditionKeys: ["s3:x-amz-acl"],
      },
      {
        name: "ListBucket",
        accessLevel: "List",
        description: "Grants permission to list some or all of the objects in a bucket",
        resourceTypes: [{ name: "bucket", required: true }],
        conditionKeys: ["s3:prefix"],
      },
      {
        name: "ListAllMyBuckets",
        accessLevel: "List",
        description: "Grants permission to list all buckets owned by the sender",
        resourceTypes: [],
        conditionKeys: [],
      },
    ],
    resourceTypes: [
      { name: "bucket", arn: "arn:${Partition}:s3:::${BucketName}", conditionKeys: [] },
      {
        name: "object",
        arn: "arn:${Partition}:s3:::${BucketName}/${ObjectName}",
        conditionKeys: [],
      },
    ],
    conditionKeys: [
      {
        key: "s3:ExistingObjectTag/<key>",
        type: "String",
        description: "Filters access by an existing object tag",
      },
      { key: "s3:TlsVersion", type: "Numeric", description: "Filters access by the TLS version" },
      { key: "s3:x-amz-acl", type: "String", description: "Filters access by the canned ACL" },
      { key: "s3:prefix", type: "String", description: "Filters access by the key name prefix" },
    ],
  };
  return new Catalog(memoryCatalogSource(index, options.loadS3 === false ? [] : [s3]));
}

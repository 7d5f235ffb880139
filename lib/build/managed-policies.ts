/**
 * The AWS managed policies the app ships, with a one-line description written for learners.
 * `lib/build/catalog.ts` copies their current documents into `public/catalog/managed/`.
 */
export const CURATED_MANAGED_POLICIES: Record<string, string> = {
  AdministratorAccess: "Every action on every resource: full administrator rights.",
  PowerUserAccess:
    "Everything except managing IAM users, groups and Organizations (a few IAM reads stay).",
  ReadOnlyAccess:
    "Read-only access to almost every AWS service, including data such as S3 objects.",
  ViewOnlyAccess: "Lists and describes resources across services without reading their data.",
  SecurityAudit: "Reads configuration metadata that security auditors need.",
  IAMFullAccess: "Full control of IAM: users, groups, roles and policies.",
  IAMReadOnlyAccess: "Reads IAM users, groups, roles and policies without changing them.",
  IAMUserChangePassword: "Lets IAM users change their own console password.",
  AmazonS3FullAccess: "Every S3 action on every bucket and object.",
  AmazonS3ReadOnlyAccess: "Lists and reads every S3 bucket and object.",
  AmazonEC2FullAccess:
    "Full control of EC2 plus the related Elastic Load Balancing, CloudWatch and Auto Scaling.",
  AmazonEC2ReadOnlyAccess: "Describes EC2 resources without changing them.",
  AmazonDynamoDBFullAccess: "Full control of DynamoDB tables and related services.",
  AmazonDynamoDBReadOnlyAccess: "Reads DynamoDB tables and their metadata.",
  AmazonSQSFullAccess: "Every SQS action on every queue.",
  AmazonSQSReadOnlyAccess: "Reads SQS queue attributes and lists queues.",
  AmazonSNSFullAccess: "Every SNS action on every topic.",
  AWSLambda_FullAccess: "Full control of Lambda functions and the services they use.",
  AWSLambda_ReadOnlyAccess: "Reads Lambda functions and their configuration.",
  AWSLambdaBasicExecutionRole: "Lets a Lambda function write its logs to CloudWatch Logs.",
  AWSKeyManagementServicePowerUser:
    "Creates and manages KMS keys, but cannot use them to encrypt or decrypt.",
  CloudWatchReadOnlyAccess: "Reads CloudWatch metrics, alarms, logs and dashboards.",
  AmazonSSMManagedInstanceCore:
    "The core permissions an EC2 instance needs to be managed by Systems Manager.",
  AWSCloudTrail_ReadOnlyAccess: "Reads CloudTrail trails and events.",
};

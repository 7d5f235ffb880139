/** An AWS service principal a trust or resource policy can name, with what it is for. */
export interface ServicePrincipal {
  principal: string;
  description: string;
}

/** A curated list of the service principals learners meet most often (not every service). */
export const SERVICE_PRINCIPALS: readonly ServicePrincipal[] = [
  { principal: "ec2.amazonaws.com", description: "EC2 instances (instance profiles)" },
  { principal: "lambda.amazonaws.com", description: "Lambda functions (execution roles)" },
  { principal: "ecs-tasks.amazonaws.com", description: "ECS tasks (task roles)" },
  { principal: "s3.amazonaws.com", description: "S3 (replication, event notifications)" },
  { principal: "cloudfront.amazonaws.com", description: "CloudFront (origin access control)" },
  { principal: "events.amazonaws.com", description: "EventBridge rules and targets" },
  { principal: "states.amazonaws.com", description: "Step Functions state machines" },
  { principal: "sns.amazonaws.com", description: "SNS topics (delivery to queues, functions)" },
  { principal: "sqs.amazonaws.com", description: "SQS queues" },
  { principal: "logs.amazonaws.com", description: "CloudWatch Logs (subscriptions, KMS)" },
  { principal: "cloudtrail.amazonaws.com", description: "CloudTrail (writing trail logs)" },
  { principal: "config.amazonaws.com", description: "AWS Config (recording, delivery)" },
  { principal: "glue.amazonaws.com", description: "Glue jobs and crawlers" },
  { principal: "sagemaker.amazonaws.com", description: "SageMaker notebooks, training, endpoints" },
  { principal: "codebuild.amazonaws.com", description: "CodeBuild projects" },
  { principal: "apigateway.amazonaws.com", description: "API Gateway (invoking integrations)" },
  {
    principal: "elasticloadbalancing.amazonaws.com",
    description: "Elastic Load Balancing (access logs)",
  },
  { principal: "ssm.amazonaws.com", description: "Systems Manager (automation, managed nodes)" },
  { principal: "backup.amazonaws.com", description: "AWS Backup (backup plans)" },
  { principal: "firehose.amazonaws.com", description: "Data Firehose delivery streams" },
];

/** An ARN template for the `AWS` key of a principal: a label and a snippet with tab stops. */
export interface AwsPrincipalTemplate {
  label: string;
  snippet: string;
  description: string;
}

/** Templates for the `AWS` key of `Principal`/`NotPrincipal`. */
export const AWS_PRINCIPAL_TEMPLATES: readonly AwsPrincipalTemplate[] = [
  {
    label: "arn:aws:iam::ACCOUNT:root",
    snippet: "arn:aws:iam::${1:ACCOUNT}:root",
    description: "A whole account: any principal its IAM policies allow",
  },
  {
    label: "arn:aws:iam::ACCOUNT:user/NAME",
    snippet: "arn:aws:iam::${1:ACCOUNT}:user/${2:NAME}",
    description: "One IAM user",
  },
  {
    label: "arn:aws:iam::ACCOUNT:role/NAME",
    snippet: "arn:aws:iam::${1:ACCOUNT}:role/${2:NAME}",
    description: "One IAM role (any session of it)",
  },
  {
    label: "arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION",
    snippet: "arn:aws:sts::${1:ACCOUNT}:assumed-role/${2:ROLE}/${3:SESSION}",
    description: "One session of an assumed role",
  },
];

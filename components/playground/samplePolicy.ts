import type { PlaygroundRequest } from "./requestInput";

/** The policy the playground opens with. */
export const SAMPLE_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadReports",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
    }
  ]
}
`;

/** The request the "Try a request" form opens with: a read the sample policy allows. */
export const INITIAL_REQUEST: PlaygroundRequest = {
  principal: "arn:aws:iam::111122223333:user/alice",
  action: "s3:GetObject",
  resource: "arn:aws:s3:::reports/q1.csv",
  resourceAccount: "",
  context: [],
  callerAllowAll: false,
};

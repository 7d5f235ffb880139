/** The high-level `aws s3 ls` and `aws s3 cp` commands, printed as the CLI prints them. */
import type { CallResult } from "../operation";
import { RC, serviceError, type CommandOutput } from "./usage";

/** Runs an API call for the s3 commands (bound to the session's state and caller). */
export type S3Call = (operation: string, params: Record<string, unknown>) => CallResult;

/** `2026-05-10T09:15:30+00:00` as `2026-05-10 09:15:30` (the CLI prints local time; here UTC). */
function stamp(iso: string): string {
  return iso.slice(0, 19).replace("T", " ");
}

function failed(r: CallResult & { ok: false }, operation: string): CommandOutput {
  return serviceError(r.error.code, operation, r.error.message);
}

function parseS3Url(url: string): { bucket: string; key: string } | undefined {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  return m ? { bucket: m[1], key: m[2] } : undefined;
}

/** `aws s3 ls [s3://bucket[/prefix]] [--recursive]`. */
export function s3ls(call: S3Call, positional: string[], flags: Set<string>): CommandOutput {
  if (positional.length === 0) {
    const r = call("ListBuckets", {});
    if (!r.ok) return failed(r, "ListBuckets");
    const buckets = (r.output as { Buckets: { Name: string; CreationDate: string }[] }).Buckets;
    const stdout = buckets.map((b) => `${stamp(b.CreationDate)} ${b.Name}\n`).join("");
    return { exitCode: buckets.length === 0 ? RC.s3Failed : RC.ok, stdout, stderr: "" };
  }
  const target = parseS3Url(positional[0]);
  if (!target)
    return {
      exitCode: RC.usage,
      stdout: "",
      stderr: `\n${positional[0]} is not a valid S3 path\n`,
    };
  const recursive = flags.has("--recursive");
  const r = call("ListObjectsV2", {
    Bucket: target.bucket,
    Prefix: target.key,
    ...(recursive ? {} : { Delimiter: "/" }),
  });
  if (!r.ok) return failed(r, "ListObjectsV2");
  const out = r.output as {
    Contents?: { Key: string; LastModified: string; Size: number }[];
    CommonPrefixes?: { Prefix: string }[];
  };
  const base = target.key.includes("/") ? target.key.slice(0, target.key.lastIndexOf("/") + 1) : "";
  const lines: string[] = [];
  for (const p of out.CommonPrefixes ?? [])
    lines.push(`${"PRE".padStart(30)} ${p.Prefix.slice(base.length)}`);
  let total = 0;
  for (const o of out.Contents ?? []) {
    total += o.Size;
    const name = recursive ? o.Key : o.Key.slice(base.length);
    lines.push(`${stamp(o.LastModified)} ${String(o.Size).padStart(10)} ${name}`);
  }
  if (flags.has("--summarize"))
    lines.push("", `Total Objects: ${(out.Contents ?? []).length}`, `   Total Size: ${total}`);
  const empty = (out.Contents ?? []).length === 0 && (out.CommonPrefixes ?? []).length === 0;
  return {
    exitCode: empty ? RC.s3Failed : RC.ok,
    stdout: lines.length ? `${lines.join("\n")}\n` : "",
    stderr: "",
  };
}

/** `aws s3 cp s3://bucket/key -|FILE`: downloads only (there are no local files to upload). */
export function s3cp(call: S3Call, positional: string[]): CommandOutput {
  if (positional.length < 2)
    return {
      exitCode: RC.usage,
      stdout: "",
      stderr:
        "\nusage: aws s3 cp <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>\nError: Invalid argument type\n",
    };
  const [src, dst] = positional;
  const from = parseS3Url(src);
  if (!from)
    return {
      exitCode: RC.other,
      stdout: "",
      stderr: `\nThe user-provided path ${src} does not exist.\n`,
    };
  const r = call("GetObject", { Bucket: from.bucket, Key: from.key });
  if (!r.ok) {
    const status = r.error.status === 404 ? "404" : "403";
    const reason = status === "404" ? "Not Found" : "Forbidden";
    return {
      exitCode: RC.s3Failed,
      stdout: "",
      stderr: `fatal error: An error occurred (${status}) when calling the HeadObject operation: ${reason}\n`,
    };
  }
  const body = (r.output as { Body: string }).Body;
  if (dst === "-") return { exitCode: RC.ok, stdout: body, stderr: "" };
  return { exitCode: RC.ok, stdout: `download: ${src} to ${dst}\n`, stderr: "" };
}

/**
 * Formats a path of keys and indexes the way diagnostics name places in a document:
 * `checks[2].expect`, `scenario.accounts[0].users[1].name`, `solution["my-slot"]`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === "" ? "(document)" : out;
}

/**
 * A subset of JMESPath for `--query`: fields (`Account`, `User.Arn`), indexes (`Users[0]`),
 * projections (`Users[].UserName`, `Users[*].Arn`), filters with `==` / `!=` against a literal
 * (`Users[?UserName=='bob'].Arn`), and multiselect lists (`Users[].[UserName,Arn]`).
 */

/** A `--query` expression the simulator cannot read. */
export class QueryError extends Error {}

type Projected = { projection: true; items: unknown[] };
const isProjection = (v: unknown): v is Projected =>
  typeof v === "object" && v !== null && (v as Projected).projection === true;

function field(value: unknown, name: string): unknown {
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return (value as Record<string, unknown>)[name] ?? null;
  return null;
}

function literal(text: string): unknown {
  const t = text.trim();
  if (/^'.*'$/.test(t)) return t.slice(1, -1);
  if (/^`.*`$/.test(t)) return JSON.parse(t.slice(1, -1));
  if (/^-?\d+$/.test(t)) return Number(t);
  return undefined;
}

function compare(item: unknown, expr: string): boolean {
  const m = /^\s*([\w.]+)\s*(==|!=)\s*(.+?)\s*$/.exec(expr);
  if (!m) throw new QueryError(`unsupported filter: ${expr}`);
  const left = m[1].split(".").reduce<unknown>((v, k) => field(v, k), item);
  const right = literal(m[3]);
  const eq = JSON.stringify(left) === JSON.stringify(right);
  return m[2] === "==" ? eq : !eq;
}

/** Splits `a.b[0].c` into steps, respecting brackets. */
function steps(expr: string): string[] {
  const out: string[] = [];
  let cur = "";
  let depth = 0;
  for (const c of expr) {
    if (c === "[" && depth === 0 && cur) {
      out.push(cur);
      cur = "";
    }
    if (c === "[") depth++;
    if (c === "]") depth--;
    if (c === "." && depth === 0) {
      if (cur) out.push(cur);
      cur = "";
      continue;
    }
    cur += c;
    if (c === "]" && depth === 0) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur) out.push(cur);
  return out;
}

function apply(value: unknown, step: string): unknown {
  if (step === "[]" || step === "[*]") {
    if (!Array.isArray(value)) return null;
    return {
      projection: true,
      items: step === "[]" ? value.flatMap((v) => (Array.isArray(v) ? v : [v])) : value,
    };
  }
  const filter = /^\[\?(.*)\]$/.exec(step);
  if (filter) {
    if (!Array.isArray(value)) return null;
    return { projection: true, items: value.filter((v) => compare(v, filter[1])) };
  }
  const index = /^\[(-?\d+)\]$/.exec(step);
  if (index) {
    if (!Array.isArray(value)) return null;
    const i = Number(index[1]);
    return value[i < 0 ? value.length + i : i] ?? null;
  }
  const multi = /^\[(.+)\]$/.exec(step);
  if (multi) return multi[1].split(",").map((e) => search(value, e.trim()));
  if (/^[A-Za-z_][\w]*$/.test(step) || /^"[^"]+"$/.test(step))
    return field(value, step.replace(/^"|"$/g, ""));
  throw new QueryError(`unsupported expression: ${step}`);
}

/** Evaluates a `--query` expression against a response. */
export function search(value: unknown, expr: string): unknown {
  let current: unknown = value;
  for (const step of steps(expr.trim())) {
    if (isProjection(current)) {
      const items = current.items
        .map((item) => {
          const r = apply(item, step);
          return isProjection(r) ? r.items : [r];
        })
        .map((r) => r.filter((x) => x !== null));
      const flattenNext = step === "[]";
      current = { projection: true, items: flattenNext ? items.flat() : items.flat() };
    } else current = apply(current, step);
  }
  return isProjection(current) ? current.items : current;
}

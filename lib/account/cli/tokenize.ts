/**
 * Splits a command line the way a POSIX shell does for the cases a learner types: whitespace
 * separates words; single quotes keep everything literal; double quotes keep spaces and allow
 * `\"`, `\\` and `\$`; a backslash outside quotes escapes the next character; a backslash-newline
 * continues the line. `$VAR` and `${VAR}` expand from `env` outside single quotes.
 */

/** The words of a command line, or the reason it cannot be split (an unclosed quote). */
export type TokenizeResult = { ok: true; words: string[] } | { ok: false; error: string };

/** Splits `line` into shell words. */
export function tokenize(line: string, env: Record<string, string> = {}): TokenizeResult {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let i = 0;
  const expand = (): boolean => {
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(line.slice(i));
    if (!m) return false;
    word += env[m[1] ?? m[2]] ?? "";
    inWord = true;
    i += m[0].length;
    return true;
  };
  while (i < line.length) {
    const c = line[i];
    if (c === "\\" && line[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: "unexpected EOF while looking for matching `''" };
      word += line.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === "\\" && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1])) {
          if (line[i + 1] !== "\n") word += line[i + 1];
          i += 2;
        } else if (line[i] === "$" && expand()) {
          // expanded
        } else {
          word += line[i];
          i++;
        }
      }
      if (i >= line.length)
        return { ok: false, error: "unexpected EOF while looking for matching `\"'" };
      i++;
    } else if (c === "\\") {
      if (i + 1 < line.length) word += line[i + 1];
      i += 2;
    } else if (c === "$" && expand()) {
      // expanded
    } else {
      word += c;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { ok: true, words };
}

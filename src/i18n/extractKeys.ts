/**
 * Finds the translation keys a source file uses: the string literals given to `t(…)` or `tell(…)` (and the
 * field names given to `shortTextSchema(…)`/`longTextSchema(…)`, which their messages translate) (both branches of a
 * `cond ? 'a' : 'b'`, not the strings a condition compares with) and to `header([…])` (a list of column names
 * translated one by one). Keys built at run time (label maps) are checked by the tests from the maps themselves.
 */
const CALL = /\b(t|tell|header|shortTextSchema|longTextSchema)\(/g;
const STRING = /'((?:[^'\\]|\\.)*)'/g;

/** The text of a call's arguments, up to its closing parenthesis (strings and nested calls skipped over). */
function argumentsOf(source: string, start: number): string {
  let depth = 1;
  let quote: string | null = null;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return source.slice(start, i);
  }
  return '';
}

/** The first argument: up to the first comma outside brackets (the values follow it). */
function firstArgument(args: string): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) return args.slice(0, i);
  }
  return args;
}

export function extractKeys(source: string): string[] {
  const keys = new Set<string>();
  for (const call of source.matchAll(CALL)) {
    const first = firstArgument(argumentsOf(source, call.index + call[0].length));
    for (const literal of first.matchAll(STRING)) {
      const before = first.slice(0, literal.index).trimEnd();
      if (/[!=]==?$/.test(before) || /[\w\])]\[$/.test(before)) continue;
      keys.add(literal[1].replace(/\\'/g, "'"));
    }
  }
  return [...keys];
}

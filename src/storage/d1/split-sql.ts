/** Splits a migration file into statements, as `wrangler d1 migrations apply` does, so a D1 batch can run them. */

/**
 * The statements of a SQL script, without comments, each ending before its `;`. Semicolons inside
 * quotes, comments and a trigger's BEGIN … END body do not split; whitespace-only pieces are dropped.
 *
 * @example
 * splitSqlStatements("CREATE TABLE a (x); -- note\nINSERT INTO a VALUES (';');");
 * // ["CREATE TABLE a (x)", "INSERT INTO a VALUES (';')"]
 */
export function splitSqlStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = "";
  // Depth of BEGIN … END blocks (trigger bodies) in the statement being read.
  let blockDepth = 0;
  let word = "";

  const endWord = () => {
    const upper = word.toUpperCase();
    if (upper === "BEGIN" && /^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b/i.test(current)) blockDepth += 1;
    else if (upper === "END" && blockDepth > 0) blockDepth -= 1;
    word = "";
  };

  for (let index = 0; index < sql.length; index++) {
    const char = sql[index]!;
    const next = sql[index + 1];
    if (char === "-" && next === "-") {
      endWord();
      const end = sql.indexOf("\n", index);
      index = end === -1 ? sql.length : end - 1;
      continue;
    }
    if (char === "/" && next === "*") {
      endWord();
      const end = sql.indexOf("*/", index + 2);
      index = end === -1 ? sql.length : end + 1;
      current += " ";
      continue;
    }
    if (char === "'" || char === '"' || char === "`" || char === "[") {
      endWord();
      const close = char === "[" ? "]" : char;
      let end = index + 1;
      // A doubled quote inside a quoted string is an escaped quote, not its end.
      while (end < sql.length && !(sql[end] === close && sql[end + 1] !== close)) end += sql[end] === close ? 2 : 1;
      current += sql.slice(index, end + 1);
      index = end;
      continue;
    }
    if (/[A-Za-z_]/.test(char) || (word && /[0-9$]/.test(char))) word += char;
    else endWord();
    if (char === ";" && blockDepth === 0) {
      if (current.trim()) statements.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  endWord();
  if (current.trim()) statements.push(current.trim());
  return statements;
}

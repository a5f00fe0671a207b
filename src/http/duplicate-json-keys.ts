/** Finds a repeated key in JSON text: JSON.parse silently keeps the last one, so `{"a":1,"a":2}` would hide a field. */

type Frame = { kind: "object"; keys: Set<string>; key: string | null; expectKey: boolean } | { kind: "array"; index: number };

/**
 * The path of the first key that appears twice in one object (`briefing.title`, `sections[2].heading`),
 * or null. Keys are compared decoded, so `"title"` and `"\u0074itle"` are the same key. Expects
 * text that JSON.parse accepted; runs in one pass with its own stack, so deep nesting cannot
 * overflow the call stack.
 *
 * @example
 * duplicateJsonKey('{"briefing":{"title":"a","title":"b"}}'); // "briefing.title"
 * duplicateJsonKey('{"a":[{"b":1},{"b":2}]}');               // null
 */
export function duplicateJsonKey(text: string): string | null {
  const stack: Frame[] = [];
  const pathTo = (last: string) => {
    let path = "";
    for (const frame of stack.slice(0, -1)) {
      if (frame.kind === "array") path += `[${frame.index}]`;
      else path += path ? `.${frame.key}` : frame.key;
    }
    return path ? `${path}.${last}` : last;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const top = stack[stack.length - 1];
    if (char === "{") stack.push({ kind: "object", keys: new Set(), key: null, expectKey: true });
    else if (char === "[") stack.push({ kind: "array", index: 0 });
    else if (char === "}" || char === "]") stack.pop();
    else if (char === ",") {
      if (top?.kind === "object") top.expectKey = true;
      else if (top?.kind === "array") top.index += 1;
    } else if (char === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
      if (top?.kind === "object" && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) return pathTo(key);
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
    }
  }
  return null;
}

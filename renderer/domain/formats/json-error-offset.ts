/**
 * Where JSON text stops being valid. V8's newer JSON.parse messages ("Unexpected token 'x', ...
 * is not valid JSON", "Unexpected end of JSON input") carry no position, and a refusal must say
 * where (line:column). A single iterative scan (no recursion, so any nesting depth is safe).
 */
const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Offset of the first character that makes `text` invalid JSON (text.length when it ends early); -1 when valid. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WS.has(text[i] ?? '')) i++;
  };
  const match = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  const literal = (word: string): boolean => {
    if (!text.startsWith(word, i)) return false;
    i += word.length;
    return true;
  };
  /** Open containers: '{' or '['; `expect` says what the scanner needs next. */
  const stack: string[] = [];
  let expect: 'value' | 'key' | 'after-value' | 'colon' = 'value';
  for (;;) {
    skip();
    if (i >= text.length) return stack.length === 0 && expect === 'after-value' ? -1 : text.length;
    const c = text[i];
    const top = stack[stack.length - 1];
    if (expect === 'value' || expect === 'key') {
      if (expect === 'value' && c === '{') { stack.push('{'); i++; expect = 'key'; skip(); if (text[i] === '}') { stack.pop(); i++; expect = 'after-value'; } continue; }
      if (expect === 'value' && c === '[') { stack.push('['); i++; expect = 'value'; skip(); if (text[i] === ']') { stack.pop(); i++; expect = 'after-value'; } continue; }
      if (c === '"') { if (!match(STRING)) return i; expect = expect === 'key' ? 'colon' : 'after-value'; continue; }
      if (expect === 'key') return i;
      if (match(NUMBER) || literal('true') || literal('false') || literal('null')) { expect = 'after-value'; continue; }
      return i;
    }
    if (expect === 'colon') { if (c !== ':') return i; i++; expect = 'value'; continue; }
    // after a value: a separator, a closer, or the end of the document
    if (top === undefined) return i;
    if (c === ',') { i++; expect = top === '{' ? 'key' : 'value'; continue; }
    if ((c === '}' && top === '{') || (c === ']' && top === '[')) { stack.pop(); i++; continue; }
    return i;
  }
}

// A small JSON parser that remembers the line each value starts on. JSON.parse can't
// say where a bad phone number sits, and people fix packs faster with file:line.
// It also refuses duplicate keys, which JSON.parse would silently collapse.

/** A path into parsed JSON, as valibot reports it: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

/** The parsed value and the line (1-based) where each path's key or value starts. */
export interface ParsedJson {
  readonly value: unknown;
  readonly lines: ReadonlyMap<string, number>;
}

/** Malformed JSON, with the line the parser stopped on. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** A stable map key for a path. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** The line of the deepest located part of `path`: a missing key points at its parent. */
export function lineOf(parsed: ParsedJson, path: JsonPath): number {
  for (let end = path.length; end >= 0; end -= 1) {
    const line = parsed.lines.get(pathKey(path.slice(0, end)));
    if (line !== undefined) return line;
  }
  return 1;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Parses JSON text, recording the line of every value; throws JsonSyntaxError. */
export function parseJsonWithLines(text: string): ParsedJson {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;

  const advance = (to: number): void => {
    for (let i = pos; i < to; i += 1) if (text.charCodeAt(i) === 10) line += 1;
    pos = to;
  };
  const skipSpace = (): void => {
    let end = pos;
    while (end < text.length && ' \t\r\n'.includes(text.charAt(end))) end += 1;
    advance(end);
  };
  const fail = (expected: string): never => {
    const found = pos < text.length ? JSON.stringify(text.charAt(pos)) : 'the end of the file';
    throw new JsonSyntaxError(`malformed JSON: expected ${expected} but found ${found}`, line);
  };
  const readString = (): string => {
    STRING.lastIndex = pos;
    const match = STRING.exec(text);
    if (match === null) return fail('a "string"');
    advance(pos + match[0].length);
    return JSON.parse(match[0]) as string;
  };

  const readValue = (path: JsonPath): unknown => {
    skipSpace();
    const key = pathKey(path);
    if (!lines.has(key)) lines.set(key, line);
    const c = text.charAt(pos);
    if (c === '{') return readObject(path);
    if (c === '[') return readArray(path);
    if (c === '"') return readString();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        advance(pos + word.length);
        return value;
      }
    }
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number === null) return fail('a value');
    advance(pos + number[0].length);
    return Number(number[0]);
  };

  const readObject = (path: JsonPath): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    advance(pos + 1);
    skipSpace();
    if (text.charAt(pos) === '}') {
      advance(pos + 1);
      return result;
    }
    for (;;) {
      skipSpace();
      const keyLine = line;
      const key = readString();
      if (Object.hasOwn(result, key)) {
        throw new JsonSyntaxError(`malformed JSON: duplicate key "${key}"`, keyLine);
      }
      lines.set(pathKey([...path, key]), keyLine);
      skipSpace();
      if (text.charAt(pos) !== ':') fail('":"');
      advance(pos + 1);
      // defineProperty, not assignment, so a "__proto__" key stays a plain field.
      Object.defineProperty(result, key, {
        value: readValue([...path, key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipSpace();
      const next = text.charAt(pos);
      if (next !== ',' && next !== '}') fail('"," or "}"');
      advance(pos + 1);
      if (next === '}') return result;
    }
  };

  const readArray = (path: JsonPath): unknown[] => {
    const result: unknown[] = [];
    advance(pos + 1);
    skipSpace();
    if (text.charAt(pos) === ']') {
      advance(pos + 1);
      return result;
    }
    for (;;) {
      result.push(readValue([...path, result.length]));
      skipSpace();
      const next = text.charAt(pos);
      if (next !== ',' && next !== ']') fail('"," or "]"');
      advance(pos + 1);
      if (next === ']') return result;
    }
  };

  const value = readValue([]);
  skipSpace();
  if (pos < text.length) fail('the end of the file');
  return { value, lines };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, lineOf, parseJsonWithLines } from '../../scripts/content/json-lines';

describe('parseJsonWithLines', () => {
  it('parses exactly what JSON.parse parses', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseJsonWithLines(text).value).toStrictEqual(JSON.parse(text));
      }),
    );
  });

  it('records the line of each key, array element and nested value', () => {
    const text =
      '{\n  "a": 1,\n  "list": [\n    { "id": "x" },\n    {\n      "id": "y"\n    }\n  ]\n}';
    const parsed = parseJsonWithLines(text);
    expect(lineOf(parsed, [])).toBe(1);
    expect(lineOf(parsed, ['a'])).toBe(2);
    expect(lineOf(parsed, ['list', 0, 'id'])).toBe(4);
    expect(lineOf(parsed, ['list', 1])).toBe(5);
    expect(lineOf(parsed, ['list', 1, 'id'])).toBe(6);
    // A key that isn't there points at the nearest thing that is.
    expect(lineOf(parsed, ['list', 1, 'missing'])).toBe(5);
  });

  it.each([
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 'expected a "string" but found "}"'],
    ['a missing comma', '[\n  1\n  2\n]', 3, 'expected "," or "]" but found "2"'],
    ['a duplicate key', '{\n  "a": 1,\n  "a": 2\n}', 3, 'duplicate key "a"'],
    ['an unclosed object', '{\n  "a": 1\n', 3, 'expected "," or "}" but found the end of the file'],
    ['text after the value', '{}\nmore', 2, 'expected the end of the file but found "m"'],
    ['a single-quoted string', "{\n  'a': 1\n}", 2, 'expected a "string" but found "\'"'],
  ])('rejects %s with its line', (_name, text, line, message) => {
    expect(() => parseJsonWithLines(text)).toThrow(JsonSyntaxError);
    try {
      parseJsonWithLines(text);
    } catch (error) {
      expect(error).toMatchObject({ line, message: `malformed JSON: ${message}` });
    }
  });

  it('keeps a "__proto__" key as plain data', () => {
    const { value } = parseJsonWithLines('{"__proto__": {"polluted": true}}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

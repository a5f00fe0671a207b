import { describe, expect, it } from "vitest";
import { duplicateJsonKey } from "../../src/http/duplicate-json-keys";
import { parseContentType } from "../../src/http/json-body";

describe("duplicateJsonKey", () => {
  it.each([
    ['{"a":1}', null],
    ['{"a":1,"b":{"a":2}}', null],
    ['{"a":[{"b":1},{"b":2}]}', null],
    ['{"a":"{\\"a\\":1,\\"a\\":2}"}', null],
    ['{"a":"x","b":"a"}', null],
    ['[1,{"a":1},{"a":1}]', null],
    ['"a"', null],
    ['{"a":1,"a":2}', "a"],
    ['{"a":1,"\\u0061":2}', "a"],
    ['{"x":{"y":[0,{"z":1,"z":1}]}}', "x.y[1].z"],
    ['{"s":[{},{},{"h":1,"h":1}]}', "s[2].h"],
    ['{ "a" : 1 , "b" : [ ] , "a" : 2 }', "a"],
    ['{"":1,"":2}', ""],
    ['{"a\\"b":1,"a\\"b":2}', 'a"b'],
  ])("%s → %s", (text, path) => {
    JSON.parse(text); // every case is valid JSON: only the repeated key is the problem
    expect(duplicateJsonKey(text)).toBe(path);
  });

  it("walks deep nesting without recursion", () => {
    const deep = `${"[".repeat(50_000)}${"]".repeat(50_000)}`;
    expect(duplicateJsonKey(deep)).toBeNull();
  });
});

describe("parseContentType", () => {
  it.each([
    ["application/json", "application/json", null],
    ["Application/JSON; Charset=UTF-8", "application/json", "utf-8"],
    ['application/json; charset="latin1"', "application/json", "latin1"],
    ["application/json; boundary=x; charset=utf-16", "application/json", "utf-16"],
    [undefined, "", null],
  ])("%s → %s, %s", (header, mediaType, charset) => {
    expect(parseContentType(header)).toEqual({ mediaType, charset });
  });
});

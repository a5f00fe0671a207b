import { describe, expect, it } from "vitest";
import { DeepLinkSchema } from "../../src/domain/deep-link";

describe("DeepLinkSchema", () => {
  it.each([
    ["an app path", "/briefings/8f2c"],
    ["an app path with a query", "/briefings/8f2c?from=share&lang=pt-BR"],
    ["the root path", "/"],
    ["a custom scheme", "scout://briefing/8f2c"],
    ["an https universal link", "https://share.example.app/b/AbCdEf123456"],
    ["a scheme with + . -", "x-scout.app+v2:open/8f2c"],
    ["a non-Latin path", "/briefings/عربي"],
    ["512 characters", `/${"a".repeat(511)}`],
  ])("accepts %s", (_name, value) => {
    expect(DeepLinkSchema.safeParse(value).success).toBe(true);
  });

  it.each([
    ["an empty string", ""],
    ["513 characters", `/${"a".repeat(512)}`],
    ["a relative path", "briefings/8f2c"],
    ["a scheme-relative URL", "//evil.example/b"],
    ["a space", "/briefings/8f2c x"],
    ["a leading space", " /briefings/8f2c"],
    ["a tab", "/briefings/\t8f2c"],
    ["a newline", "scout://b/8f2c\n"],
    ["a NUL", "/b/\u00008f2c"],
    ["a C1 control", "/b/\u00858f2c"],
    ["a no-break space", "/b/\u00a08f2c"],
    ["a zero-width space", "/b/\u200b8f2c"],
    ["a bidi override", "/b/\u202e8f2c"],
    ["a lone surrogate", "/b/\ud8008f2c"],
    ["javascript:", "javascript:alert(1)"],
    ["JavaScript: in mixed case", "JavaScript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["vbscript:", "vbscript:msgbox(1)"],
    ["file:", "file:///etc/passwd"],
    ["a scheme that is not a scheme", "1scout://b"],
    ["a malformed URL", "https://"],
  ])("refuses %s", (_name, value) => {
    expect(DeepLinkSchema.safeParse(value).success).toBe(false);
  });

  it("is a string of at most 512 characters in its JSON Schema", () => {
    // The limit is in code points, as zod counts them: an emoji is one character.
    expect(DeepLinkSchema.safeParse(`/${"😀".repeat(511)}`).success).toBe(true);
  });
});

/// <reference types="node" />
/** The one html-validate set-up every page is checked with: the recommended and document presets, fitted to this product. */
import { type ConfigData, HtmlValidate } from "html-validate";

/**
 * The style rules are pointed at the form hono/jsx writes (both forms are valid HTML, so the rule
 * still catches a mix); none is off. `no-inline-style` stays on: the CSP has no 'unsafe-inline',
 * so a `style=` attribute would be blocked in the browser anyway.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    // hono/jsx writes every void element self-closed (`<meta/>`), which HTML allows.
    "void-style": ["error", { style: "selfclose" }],
    // The layout writes `<!doctype html>`; the keyword is case-insensitive and page tests pin this form.
    "doctype-style": ["error", { style: "lowercase" }],
    // hono/jsx renders `required={true}` as `required=""`, one of the two forms the spec allows.
    "attribute-boolean-style": ["error", { style: "empty" }],
    // The same for attributes whose value may be empty, such as `hidden=""`.
    "attribute-empty-style": ["error", { style: "empty" }],
    // Not in the presets, on here: the CSP allows inline <script> and <style> only by nonce.
    "require-csp-nonce": "error",
  },
};

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

/**
 * Validates one document and returns its findings as readable lines, so a failing test prints them.
 *
 * @example
 * expect(await htmlFindings(html, "home")).toEqual([]);
 * // on failure: ["prefer-native-element 1:32467 Prefer to use the native <section> element (#main > …)"]
 */
export async function htmlFindings(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}${m.selector ? ` (${m.selector})` : ""}`),
  );
}

import { SELF, env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { wellKnown } from "../../src/routes/well-known";
import { ORIGIN } from "../fixtures/api";

const AASA = "/.well-known/apple-app-site-association";
const ASSET_LINKS = "/.well-known/assetlinks.json";

interface Component {
  "/": string;
  exclude?: boolean;
}

/** Apple's matching: first component whose pattern matches wins; `*` is any run of characters, `?` one. */
function opensInApp(components: Component[], path: string): boolean {
  for (const component of components) {
    const pattern = new RegExp(`^${component["/"].replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
    if (pattern.test(path)) return !component.exclude;
  }
  return false;
}

describe("GET /.well-known/apple-app-site-association", () => {
  it("answers 200 application/json at the exact path, without a redirect", async () => {
    const response = await SELF.fetch(`${ORIGIN}${AASA}`, { redirect: "manual" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("location")).toBeNull();
    const body = (await response.json()) as { applinks: { details: Array<{ appIDs: string[]; components: Component[] }> } };
    expect(body.applinks.details).toHaveLength(1);
    expect(body.applinks.details[0]!.appIDs).toEqual(["ABCDE12345.app.example.scout"]);
  });

  it.each([
    ["/b/q3V9-xk2LrT_", true],
    ["/b/demo", true],
    ["/b/q3V9-xk2LrT_/get", false],
    ["/b/q3V9-xk2LrT_/og.png", false],
    ["/b/q3V9-xk2LrT_/preview", false],
    ["/b/q3V9-xk2LrT_/app.json", false],
    ["/b/q3V9-xk2LrT_/opens", false],
    ["/", false],
    ["/get", false],
    ["/api/shares", false],
  ])("opens %s in the app: %s", async (path, expected) => {
    const body = (await (await SELF.fetch(`${ORIGIN}${AASA}`)).json()) as { applinks: { details: Array<{ components: Component[] }> } };
    expect(opensInApp(body.applinks.details[0]!.components, path)).toBe(expected);
  });

  it("names app.json and opens as exclusions of their own, ahead of the rule that opens /b/* in the app", async () => {
    const body = (await (await SELF.fetch(`${ORIGIN}${AASA}`)).json()) as { applinks: { details: Array<{ components: Component[] }> } };
    const patterns = body.applinks.details[0]!.components.map((c) => (c.exclude ? `!${c["/"]}` : c["/"]));
    const opens = patterns.indexOf("/b/*");
    expect(patterns.indexOf("!/b/*/app.json")).toBeGreaterThanOrEqual(0);
    expect(patterns.indexOf("!/b/*/app.json")).toBeLessThan(opens);
    expect(patterns.indexOf("!/b/*/opens")).toBeLessThan(opens);
    expect(patterns.indexOf("!/b/*/opens")).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ["IOS_TEAM_ID", { IOS_TEAM_ID: undefined }],
    ["IOS_BUNDLE_ID", { IOS_BUNDLE_ID: undefined }],
    ["IOS_TEAM_ID", { IOS_TEAM_ID: "not-a-team" }],
  ])("answers 404 and logs %s when it is missing or malformed", async (variable, overrides) => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await wellKnown.request(AASA, {}, { ...env, ...overrides });
    expect(response.status).toBe(404);
    const log = logged.mock.calls.flat().join(" ");
    logged.mockRestore();
    expect(log).toContain("association_file_unconfigured");
    expect(log).toContain(`"variable":"${variable}"`);
  });
});

describe("GET /.well-known/assetlinks.json", () => {
  it("lists the package and its upper-case fingerprints", async () => {
    const response = await SELF.fetch(`${ORIGIN}${ASSET_LINKS}`, { redirect: "manual" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual([
      {
        relation: ["delegate_permission/common.handle_all_urls"],
        target: {
          namespace: "android_app",
          package_name: "app.example.scout",
          sha256_cert_fingerprints: ["14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5"],
        },
      },
    ]);
  });

  it("upper-cases lower-case fingerprints and lists every one of several", async () => {
    const first = "14:6d:e9:83:c5:73:06:50:d8:ee:b9:95:2f:34:fc:64:16:a0:83:42:e6:1d:be:a8:8a:04:96:b2:3f:cf:44:e5";
    const second = "AA:".repeat(31) + "BB";
    const response = await wellKnown.request(ASSET_LINKS, {}, { ...env, ANDROID_CERT_SHA256: `${first}, ${second}` });
    const [statement] = (await response.json()) as Array<{ target: { sha256_cert_fingerprints: string[] } }>;
    expect(statement!.target.sha256_cert_fingerprints).toEqual([first.toUpperCase(), second]);
  });

  it.each([
    ["ANDROID_PACKAGE", { ANDROID_PACKAGE: undefined }],
    ["ANDROID_CERT_SHA256", { ANDROID_CERT_SHA256: undefined }],
    ["ANDROID_CERT_SHA256", { ANDROID_CERT_SHA256: "14:6D:E9" }],
    ["ANDROID_CERT_SHA256", { ANDROID_CERT_SHA256: "ZZ:".repeat(31) + "ZZ" }],
    ["ANDROID_PACKAGE", { ANDROID_PACKAGE: "not a package" }],
  ])("answers 404 and logs %s when it is missing or malformed", async (variable, overrides) => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await wellKnown.request(ASSET_LINKS, {}, { ...env, ...overrides });
    expect(response.status).toBe(404);
    const log = logged.mock.calls.flat().join(" ");
    logged.mockRestore();
    expect(log).toContain(`"variable":"${variable}"`);
  });
});

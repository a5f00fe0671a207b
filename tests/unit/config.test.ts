import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, requireSetting } from "../../src/config";
import type { Bindings } from "../../src/env";

const valid = {
  PUBLIC_ORIGIN: "https://share.example.app",
  IOS_APP_ID: "6450000000",
  IOS_TEAM_ID: "ABCDE12345",
  IOS_BUNDLE_ID: "app.example.scout",
  APPLE_PROVIDER_TOKEN: "118000000",
  ANDROID_PACKAGE: "app.example.scout",
  ANDROID_CERT_SHA256: `${"ab:".repeat(31)}cd`,
  API_TOKENS: "one, two ,,three",
  DASHBOARD_SESSION_SECRET: "a-dashboard-secret-of-32-characters!",
} as Bindings;

describe("parseConfig", () => {
  it("reads brand copy per language and names a variable it cannot use", () => {
    const config = parseConfig({ ...valid, APP_TAGLINE_DE: "Immer einen Schritt voraus", APP_TAGLINE_KLINGON: "Qapla'" } as Bindings);
    expect(config.brandCopy).toEqual({ de: { tagline: "Immer einen Schritt voraus" } });
    expect(config.problems).toEqual({ APP_TAGLINE_KLINGON: expect.stringMatching(/^names no language this project has/) });
  });

  it("parses a valid configuration with no problems", () => {
    const config = parseConfig(valid);
    expect(config.problems).toEqual({});
    expect(config.apiTokens).toEqual(["one", "two", "three"]);
    expect(config.androidCertSha256).toEqual([`${"AB:".repeat(31)}CD`]);
    expect(config.appName).toBe("Scout");
  });

  it.each([
    ["PUBLIC_ORIGIN", "share.example.app"],
    ["PUBLIC_ORIGIN", "http://share.example.app"],
    ["PUBLIC_ORIGIN", "https://share.example.app/path"],
    ["IOS_APP_ID", "id123"],
    ["IOS_TEAM_ID", "abc"],
    ["IOS_BUNDLE_ID", "scout"],
    ["APPLE_PROVIDER_TOKEN", "pt-1"],
    ["ANDROID_PACKAGE", "1app.example"],
    ["ANDROID_CERT_SHA256", "AB:CD"],
    ["DASHBOARD_SESSION_SECRET", "only-31-characters-long-secret!"],
  ] as const)("names %s when it is %s", (variable, value) => {
    const config = parseConfig({ ...valid, [variable]: value });
    expect(Object.keys(config.problems)).toEqual([variable]);
  });

  it.each(["0", "-1", "12.5", "thirty", "36501", "1e3"])("names ANALYTICS_RETENTION_DAYS when it is %j", (value) => {
    const config = parseConfig({ ...valid, ANALYTICS_RETENTION_DAYS: value });
    expect(config.analyticsRetentionDays).toBeNull();
    expect(Object.keys(config.problems)).toEqual(["ANALYTICS_RETENTION_DAYS"]);
    expect(() => requireSetting(config, "ANALYTICS_RETENTION_DAYS", config.analyticsRetentionDays)).toThrow(/ANALYTICS_RETENTION_DAYS/);
  });

  it.each([
    [undefined, 400],
    ["", 400],
    ["30", 30],
    ["36500", 36500],
  ])("reads ANALYTICS_RETENTION_DAYS=%j as %i days", (value, days) => {
    expect(parseConfig({ ...valid, ANALYTICS_RETENTION_DAYS: value }).analyticsRetentionDays).toBe(days);
  });

  it("accepts http only for a localhost origin", () => {
    expect(parseConfig({ ...valid, PUBLIC_ORIGIN: "http://localhost:8787" }).publicOrigin).toBe("http://localhost:8787");
  });

  it("names every missing variable, and has no default token", () => {
    const config = parseConfig({} as Bindings);
    expect(config.apiTokens).toEqual([]);
    expect(Object.keys(config.problems).sort()).toEqual(
      ["ANDROID_CERT_SHA256", "ANDROID_PACKAGE", "API_TOKENS", "APPLE_PROVIDER_TOKEN", "DASHBOARD_SESSION_SECRET", "IOS_APP_ID", "IOS_BUNDLE_ID", "IOS_TEAM_ID", "PUBLIC_ORIGIN"].sort(),
    );
  });
});

describe("requireSetting", () => {
  it("throws a ConfigError whose message names the variable", () => {
    const config = parseConfig({ ...valid, IOS_APP_ID: undefined });
    expect(() => requireSetting(config, "IOS_APP_ID", config.iosAppId)).toThrowError(ConfigError);
    expect(() => requireSetting(config, "IOS_APP_ID", config.iosAppId)).toThrowError(/IOS_APP_ID is not set/);
  });
});

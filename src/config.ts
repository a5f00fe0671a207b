/** Parses the Worker's [vars] and secrets once per isolate, naming any variable that is missing or malformed. */
import type { Bindings } from "./env";
import { type BrandCopy, type BrandCopyVariable, parseBrandCopy } from "./i18n/brand-copy";
import type { LanguageTag } from "./i18n/languages";

/** The variables the contract names, each read from [vars] or a secret. */
export type ConfigVariable =
  | "PUBLIC_ORIGIN"
  | "APP_NAME"
  | "APP_TAGLINE"
  | "IOS_APP_ID"
  | "IOS_TEAM_ID"
  | "IOS_BUNDLE_ID"
  | "APPLE_PROVIDER_TOKEN"
  | "ANDROID_PACKAGE"
  | "ANDROID_CERT_SHA256"
  | "API_TOKENS"
  | "ANALYTICS_RETENTION_DAYS"
  | "DASHBOARD_SESSION_SECRET";

export interface Config {
  /** e.g. "https://share.example.app", no trailing slash; every absolute URL we emit starts with it. */
  publicOrigin: string | null;
  appName: string;
  appTagline: string;
  iosAppId: string | null;
  iosTeamId: string | null;
  iosBundleId: string | null;
  appleProviderToken: string | null;
  androidPackage: string | null;
  /** Upper-case, colon-separated SHA-256 fingerprints. */
  androidCertSha256: string[] | null;
  /** Accepted bearer tokens; empty means the API accepts nobody. */
  apiTokens: string[];
  /** Signs dashboard sessions (32+ characters); null turns the dashboard off (503 naming it). */
  dashboardSessionSecret: string | null;
  demoShare: boolean;
  /** How many days of daily analytics rows are kept (ANALYTICS_RETENTION_DAYS, default 400); null when malformed. */
  analyticsRetentionDays: number | null;
  /** IOS_CLIPBOARD_HANDOFF is "on": iOS taps on a call to action copy the share URL (see templates/components/clipboard-handoff.tsx). */
  iosClipboardHandoff: boolean;
  /** The share pages' robots directive: "noindex" unless SHARE_PAGES_INDEXABLE is "on". */
  shareRobots: "noindex" | "index";
  /** Brand copy per language (APP_TAGLINE_<LANG>, APP_PITCH_<LANG>); a language without it uses the defaults. */
  brandCopy: Partial<Record<LanguageTag, BrandCopy>>;
  /** What is wrong with each variable that is missing or malformed. */
  problems: Partial<Record<ConfigVariable | BrandCopyVariable, string>>;
}

/** Thrown when a feature needs a variable that is missing or malformed; the message names it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: ConfigVariable,
    readonly reason: string,
  ) {
    super(`Configuration variable ${variable} ${reason}`);
    this.name = "ConfigError";
  }
}

/** A parser returns the value, or a sentence saying what is wrong with the raw text. */
type Parsed<T> = { value: T } | { error: string };
type Parser<T> = (raw: string) => Parsed<T>;

const matching =
  (shape: RegExp, error: string): Parser<string> =>
  (raw) =>
    shape.test(raw) ? { value: raw } : { error };

const parsers = {
  PUBLIC_ORIGIN: (raw: string): Parsed<string> => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { error: "is not an absolute URL (expected e.g. https://share.example.app)" };
    }
    const localHttp = url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
    if (url.protocol !== "https:" && !localHttp) {
      return { error: "must be an https:// origin (http:// only for localhost)" };
    }
    if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
      return { error: "must be an origin only, with no path, query or credentials" };
    }
    return { value: url.origin };
  },
  DASHBOARD_SESSION_SECRET: (raw: string): Parsed<string> =>
    raw.length >= 32 ? { value: raw } : { error: "must be at least 32 characters (a random secret: `openssl rand -base64 32`)" },
  IOS_APP_ID: matching(/^\d{6,12}$/, "must be the numeric App Store id"),
  IOS_TEAM_ID: matching(/^[A-Z0-9]{10}$/, "must be a 10-character Apple team id"),
  IOS_BUNDLE_ID: matching(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, "must be a reverse-DNS bundle id"),
  APPLE_PROVIDER_TOKEN: matching(/^\d{1,20}$/, "must be the numeric provider token (pt)"),
  ANDROID_PACKAGE: matching(
    /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/,
    "must be a Java package name such as app.example.scout",
  ),
  ANDROID_CERT_SHA256: (raw: string): Parsed<string[]> => {
    const fingerprints = raw.split(",").map((part) => part.trim().toUpperCase()).filter(Boolean);
    const shape = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;
    if (fingerprints.length === 0 || !fingerprints.every((f) => shape.test(f))) {
      return { error: "must be comma-separated SHA-256 fingerprints (32 colon-separated hex bytes)" };
    }
    return { value: fingerprints };
  },
  ANALYTICS_RETENTION_DAYS: (raw: string): Parsed<number> => {
    const days = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
    if (!(days >= 1 && days <= 36_500)) return { error: "must be a whole number of days from 1 to 36500 (default 400)" };
    return { value: days };
  },
};

/** The contract's default for ANALYTICS_RETENTION_DAYS. */
export const DEFAULT_ANALYTICS_RETENTION_DAYS = 400;

const cache = new WeakMap<object, Config>();

/**
 * Reads the configuration once per bindings object (once per isolate in production).
 *
 * @example
 * const config = getConfig(c.env);
 * const origin = requireSetting(config, "PUBLIC_ORIGIN", config.publicOrigin);
 */
export function getConfig(env: Bindings): Config {
  const cached = cache.get(env);
  if (cached) return cached;
  const config = parseConfig(env);
  cache.set(env, config);
  return config;
}

export function parseConfig(env: Bindings): Config {
  const problems: Config["problems"] = {};

  function read<T>(variable: ConfigVariable, parse: Parser<T>): T | null {
    const raw = env[variable]?.trim();
    if (!raw) {
      problems[variable] = "is not set";
      return null;
    }
    const parsed = parse(raw);
    if ("error" in parsed) {
      problems[variable] = parsed.error;
      return null;
    }
    return parsed.value;
  }

  const apiTokens = (env.API_TOKENS ?? "")
    .split(",")
    .map((token) => token.trim())
    .filter(Boolean);
  if (apiTokens.length === 0) problems.API_TOKENS = "is not set (a secret: comma-separated bearer tokens)";

  const brandCopy = parseBrandCopy(env as unknown as Record<string, unknown>);
  for (const [variable, problem] of Object.entries(brandCopy.problems)) {
    // Pages fall back to the default copy, so nothing else would ever say the variable was ignored.
    console.error(JSON.stringify({ event: "config_invalid", variable, problem: `${variable} ${problem}` }));
  }
  Object.assign(problems, brandCopy.problems);

  return {
    publicOrigin: read("PUBLIC_ORIGIN", parsers.PUBLIC_ORIGIN),
    appName: env.APP_NAME?.trim() || "Scout",
    appTagline: env.APP_TAGLINE?.trim() || "Be the smartest in the room",
    iosAppId: read("IOS_APP_ID", parsers.IOS_APP_ID),
    iosTeamId: read("IOS_TEAM_ID", parsers.IOS_TEAM_ID),
    iosBundleId: read("IOS_BUNDLE_ID", parsers.IOS_BUNDLE_ID),
    appleProviderToken: read("APPLE_PROVIDER_TOKEN", parsers.APPLE_PROVIDER_TOKEN),
    androidPackage: read("ANDROID_PACKAGE", parsers.ANDROID_PACKAGE),
    androidCertSha256: read("ANDROID_CERT_SHA256", parsers.ANDROID_CERT_SHA256),
    apiTokens,
    dashboardSessionSecret: read("DASHBOARD_SESSION_SECRET", parsers.DASHBOARD_SESSION_SECRET),
    demoShare: env.DEMO_SHARE === "on",
    analyticsRetentionDays: env.ANALYTICS_RETENTION_DAYS?.trim()
      ? read("ANALYTICS_RETENTION_DAYS", parsers.ANALYTICS_RETENTION_DAYS)
      : DEFAULT_ANALYTICS_RETENTION_DAYS,
    iosClipboardHandoff: env.IOS_CLIPBOARD_HANDOFF?.trim() === "on",
    shareRobots: env.SHARE_PAGES_INDEXABLE === "on" ? "index" : "noindex",
    brandCopy: brandCopy.copy,
    problems,
  };
}

/**
 * Returns a setting a feature cannot work without, or throws a ConfigError naming the variable.
 *
 * @example
 * const origin = requireSetting(config, "PUBLIC_ORIGIN", config.publicOrigin);
 */
export function requireSetting<T>(config: Config, variable: ConfigVariable, value: T | null): T {
  if (value === null) throw new ConfigError(variable, config.problems[variable] ?? "is not set");
  return value;
}

/** The Worker's bindings and the one Hono env type every route and middleware shares. */
import type { Config } from "./config";
import type { IdempotencyDurableObject } from "./storage/idempotency-durable-object";
import type { ShareDurableObject } from "./storage/share-durable-object";

export interface Bindings {
  /** Read path for shares and rendered OG cards; eventually consistent (up to 60 s). */
  BRIEFINGS: KVNamespace;
  /** One Durable Object per share: the authoritative, strongly consistent copy. */
  SHARE_RECORDS: DurableObjectNamespace<ShareDurableObject>;
  /** One Durable Object per Idempotency-Key, so a retried create returns the same share. */
  IDEMPOTENCY: DurableObjectNamespace<IdempotencyDurableObject>;
  /** Per-token limit on /api/* (Workers Rate Limiting). */
  API_RATE_LIMITER: RateLimit;
  /** The Worker's own static assets: fonts, emoji, store badges. */
  ASSETS: Fetcher;

  PUBLIC_ORIGIN?: string;
  APP_NAME?: string;
  APP_TAGLINE?: string;
  IOS_APP_ID?: string;
  IOS_TEAM_ID?: string;
  IOS_BUNDLE_ID?: string;
  APPLE_PROVIDER_TOKEN?: string;
  ANDROID_PACKAGE?: string;
  ANDROID_CERT_SHA256?: string;
  /** Secret: comma-separated bearer tokens accepted by the API (several, for rotation). */
  API_TOKENS?: string;
  /** "on" in local development only (.dev.vars): serves and seeds the demo share at /b/demo. */
  DEMO_SHARE?: string;
}

export interface Variables {
  /** Parsed once per isolate from the bindings; see config.ts. */
  config: Config;
  /** A per-response nonce for the page's inline script and style (Content-Security-Policy). */
  cspNonce: string;
}

export type AppEnv = { Bindings: Bindings; Variables: Variables };

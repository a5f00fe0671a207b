/** The Worker's bindings and the one Hono env type every route and middleware shares. */
import type { Config } from "./config";
import type { DashboardSession } from "./dashboard/session";
import type { IdempotencyDurableObject } from "./storage/idempotency-durable-object";
import type { RequestWindowDurableObject } from "./storage/request-window-durable-object";
import type { ShareDurableObject } from "./storage/share-durable-object";
import type { StatsCounterDurableObject } from "./stats/stats-counter-durable-object";
import type { ClickWebhookDelivery, StatsEvent } from "./stats/stats-event";
import type { VisitorSaltDurableObject } from "./stats/visitor-salt-durable-object";

export interface Bindings {
  /** Read path for shares and rendered OG cards; eventually consistent (up to 60 s). */
  BRIEFINGS: KVNamespace;
  /** One Durable Object per share: the authoritative, strongly consistent copy. */
  SHARE_RECORDS: DurableObjectNamespace<ShareDurableObject>;
  /** One Durable Object per Idempotency-Key, so a retried create returns the same share. */
  IDEMPOTENCY: DurableObjectNamespace<IdempotencyDurableObject>;
  /** Per-client (hashed IP) limit on POST /b/:id/opens, which the app calls without a token. */
  OPENS_RATE_LIMITER: RateLimit;
  /** One Durable Object per limited key: requests per API token, failed authentication per client (API and dashboard sign-in). */
  REQUEST_WINDOWS: DurableObjectNamespace<RequestWindowDurableObject>;
  /** The Worker's own static assets: fonts, emoji, store badges. */
  ASSETS: Fetcher;
  /** Page views and CTA clicks, enqueued before the response; consumed into STATS_COUNTERS. */
  STATS_EVENTS: Queue<StatsEvent>;
  /** One Durable Object per share: its exact counters, idempotent by event id. */
  STATS_COUNTERS: DurableObjectNamespace<StatsCounterDurableObject>;
  /** A single Durable Object holding today's random salt for unique-visitor hashes. */
  VISITOR_SALT: DurableObjectNamespace<VisitorSaltDurableObject>;
  /** Signed click deliveries waiting to be POSTed to CLICK_WEBHOOK_URL. */
  CLICK_WEBHOOKS: Queue<ClickWebhookDelivery>;
  /** Where click deliveries go after repeated failure, to be inspected and replayed. */
  CLICK_WEBHOOK_DEAD_LETTERS: Queue<unknown>;
  /** The share index and daily analytics rollups (migrations/); queried across shares. */
  DB: D1Database;

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
  /** "on" lets search engines index share pages; by default they carry noindex (previews still work). */
  SHARE_PAGES_INDEXABLE?: string;
  /** "on": on iOS a tap on a call to action copies the share URL for the app to open after install. */
  IOS_CLIPBOARD_HANDOFF?: string;
  /** Optional: the app backend's https endpoint for batches of CTA clicks (empty = off). */
  CLICK_WEBHOOK_URL?: string;
  /** Secret: signs each webhook POST (HMAC-SHA256 over timestamp and body). */
  WEBHOOK_SECRET?: string;
  /** Days of daily analytics rows kept by the nightly prune (default 400). */
  ANALYTICS_RETENTION_DAYS?: string;
  /** "on" only under `npm run bench`: serves GET /__bench/cpu, a route of known CPU cost. */
  CPU_CALIBRATION?: string;
  /** Secret: signs dashboard session cookies (32+ characters); without it /dashboard answers 503. */
  DASHBOARD_SESSION_SECRET?: string;
}

export interface Variables {
  /** Parsed once per isolate from the bindings; see config.ts. */
  config: Config;
  /** A per-response nonce for the page's inline script and style (Content-Security-Policy). */
  cspNonce: string;
  /** The signed-in dashboard session, set by requireDashboardSession() on /dashboard routes. */
  dashboardSession: DashboardSession;
}

export type AppEnv = { Bindings: Bindings; Variables: Variables };

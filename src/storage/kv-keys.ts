/** Every KV key starts with a schema version, so a format change can be rolled out under new keys. */
export const KV_SCHEMA_VERSION = "v1";

export const kvKeys = {
  share: (id: string) => `${KV_SCHEMA_VERSION}:share:${id}`,
  ogCard: (id: string, version: string) => `${KV_SCHEMA_VERSION}:og:${id}:${version}`,
  /** A dashboard session that signed out before it expired. */
  revokedDashboardSession: (sessionId: string) => `${KV_SCHEMA_VERSION}:dashboard-session-revoked:${sessionId}`,
};

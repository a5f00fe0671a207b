/** Every KV key starts with a schema version, so a format change can be rolled out under new keys. */
export const KV_SCHEMA_VERSION = "v1";

export const kvKeys = {
  share: (id: string) => `${KV_SCHEMA_VERSION}:share:${id}`,
  ogCard: (id: string, version: string) => `${KV_SCHEMA_VERSION}:og:${id}:${version}`,
  /** One key per stats event answered but lost (queue and counter both failed), listed per UTC day. */
  lostEvent: (day: string, eventId: string) => `${KV_SCHEMA_VERSION}:lost-event:${day}:${eventId}`,
  lostEventsPrefix: `${KV_SCHEMA_VERSION}:lost-event:`,
  /** A dashboard session that signed out before it expired. */
  revokedDashboardSession: (sessionId: string) => `${KV_SCHEMA_VERSION}:dashboard-session-revoked:${sessionId}`,
};

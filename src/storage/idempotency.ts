/** Claims an Idempotency-Key for a create, in the key's own Durable Object (strongly consistent). */
import type { Bindings } from "../env";
import type { IdempotencyClaim } from "./idempotency-durable-object";
import { guarded } from "./storage-error";

/**
 * Returns the share id a create with this key must use: the candidate on first use, the first
 * request's id on a retry with the same body, or a conflict for a different body.
 */
export function claimIdempotencyKey(
  env: Bindings,
  key: string,
  fingerprint: string,
  candidateShareId: string,
): Promise<IdempotencyClaim> {
  const stub = env.IDEMPOTENCY.get(env.IDEMPOTENCY.idFromName(key));
  return guarded("Durable Object idempotency claim", async () => (await stub.claim(fingerprint, candidateShareId)) as IdempotencyClaim);
}

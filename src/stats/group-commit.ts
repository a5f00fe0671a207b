/** Group commit for the stats queue: the events recorded within a few milliseconds in an isolate share one sendBatch. */

/** The longest an answer waits for other requests to join its batch. */
export const GROUP_WINDOW_MS = 2;
/**
 * A group still open this long after it was opened lost its timer (its first request was cancelled
 * before the timer fired): later events start a new group instead of waiting on it.
 */
const STALE_AFTER_MS = 50;
/** Queues accepts at most 100 messages per sendBatch. */
export const MAX_GROUP_SIZE = 100;

interface Group<T> {
  bodies: T[];
  openedAt: number;
  /** Settles when the batch is stored (or its send failed); every member waits on it. */
  stored: Promise<void>;
}

/** Batches sent and messages in them by this isolate, so tests (and a debugger) can see the grouping. */
export const groupCommitCounters = { batches: 0, messages: 0 };

/** The open group of each queue binding (a test's own binding gets its own groups). */
const openGroups = new WeakMap<Queue<never>, Group<unknown>>();

/**
 * Adds a message to the queue's open group, opening one if there is none, and resolves once the
 * whole batch is stored: `sendBatch` resolves only after Queues has persisted every message, so
 * each member is as durable as with its own `send`. A batch fails or succeeds as a whole for its
 * members; the caller falls back per message (by event id, so a batch that was stored after all
 * only yields duplicates the consumer ignores).
 *
 * The first member's request sends the batch from its own timer, and waits for it like the others,
 * so the I/O belongs to a request that is still running. The others await a promise settled by
 * that request's I/O: workerd hands such a resolution to each waiting request's own context
 * (cross-request promise resolution), and each member also bounds its wait with its own timer, so
 * a batch whose first request was cancelled cannot hold anyone's answer past that bound.
 *
 * @example
 * await sendGrouped(env.STATS_EVENTS, event); // resolves when the batch holding `event` is stored
 */
export function sendGrouped<T>(queue: Queue<T>, body: T): Promise<void> {
  const key = queue as unknown as Queue<never>;
  let group = openGroups.get(key) as Group<T> | undefined;
  if (group && Date.now() - group.openedAt > STALE_AFTER_MS) group = undefined;
  if (!group) {
    const bodies: T[] = [];
    const opened: Group<T> = {
      bodies,
      openedAt: Date.now(),
      stored: new Promise<void>((resolve, reject) => {
        setTimeout(() => {
          if (openGroups.get(key) === opened) openGroups.delete(key);
          groupCommitCounters.batches += 1;
          groupCommitCounters.messages += bodies.length;
          try {
            queue.sendBatch(bodies.map((b) => ({ body: b, contentType: "json" as const }))).then(() => resolve(), reject);
          } catch (error) {
            reject(error);
          }
        }, GROUP_WINDOW_MS);
      }),
    };
    group = opened;
    openGroups.set(key, opened);
  }
  group.bodies.push(body);
  // A full group is sent as it is; the next message opens a new one.
  if (group.bodies.length >= MAX_GROUP_SIZE) openGroups.delete(key);
  return group.stored;
}

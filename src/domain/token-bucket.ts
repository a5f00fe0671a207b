/** A token bucket: allows bursts up to a capacity, then a steady rate; used to shed optional background work. */

/**
 * `capacity` tokens, refilled at one per `refillMs`. Time is passed in, so the bucket is pure and
 * testable (in a Worker, Date.now() advances between requests, which is all a refill needs).
 *
 * @example
 * const bucket = new TokenBucket(4, 6_000);
 * if (bucket.take(Date.now())) startOptionalWork();
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number | null = null;

  constructor(
    private readonly capacity: number,
    private readonly refillMs: number,
  ) {
    this.tokens = capacity;
  }

  /** Takes one token if there is one; false means "shed this work". */
  take(now: number): boolean {
    if (this.updatedAt !== null && now > this.updatedAt) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) / this.refillMs);
    }
    this.updatedAt = this.updatedAt === null ? now : Math.max(this.updatedAt, now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

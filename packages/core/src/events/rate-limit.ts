/**
 * Token bucket that queues instead of dropping: `reserve` always grants a slot and says when it may
 * be used. `slowDown` halves the rate after a 429/503 (down to a floor); successes win it back gradually.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private rate: number;
  readonly perSecond: number;
  readonly burst: number;

  constructor(options: { perSecond: number; burst: number }, now: number) {
    this.perSecond = options.perSecond;
    this.burst = Math.max(1, options.burst);
    this.rate = options.perSecond;
    this.tokens = this.burst;
    this.last = now;
  }

  get currentRate(): number {
    return this.rate;
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
      this.last = now;
    }
  }

  /** Takes one token; returns the epoch ms at which the caller may go (now, or later when queued). */
  reserve(now: number): number {
    this.refill(now);
    this.tokens -= 1;
    if (this.tokens >= 0) return now;
    return now + Math.ceil((-this.tokens / this.rate) * 1000);
  }

  /** When a reservation would be granted, without taking a token. */
  nextFree(now: number): number {
    this.refill(now);
    if (this.tokens >= 1) return now;
    return now + Math.ceil(((1 - this.tokens) / this.rate) * 1000);
  }

  slowDown(): void {
    this.rate = Math.max(this.perSecond / 16, this.rate / 2, 0.05);
  }

  recover(): void {
    if (this.rate < this.perSecond) this.rate = Math.min(this.perSecond, this.rate * 1.1);
  }
}

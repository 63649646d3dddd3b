/**
 * Per-subscriber circuit breaker: `failureThreshold` consecutive failures open it; while open no
 * attempt is made; after `cooldownMs` one probe goes out (half-open); its success closes the circuit,
 * its failure opens it again for another cooldown.
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  state: BreakerState = 'closed';
  readonly failureThreshold: number;
  readonly cooldownMs: number;

  constructor(options: { failureThreshold: number; cooldownMs: number }) {
    this.failureThreshold = options.failureThreshold;
    this.cooldownMs = options.cooldownMs;
  }

  /** Whether an attempt may start now; if not, when to ask again (epoch ms). */
  admit(now: number): { ok: true } | { ok: false; retryAt: number } {
    if (this.state === 'closed') return { ok: true };
    if (this.state === 'open') {
      const until = this.openedAt + this.cooldownMs;
      if (now < until) return { ok: false, retryAt: until };
      this.state = 'half-open';
      this.probing = false;
    }
    if (this.probing) return { ok: false, retryAt: now + Math.min(this.cooldownMs, 1000) };
    this.probing = true;
    return { ok: true };
  }

  /** The admitted attempt was not made after all: let another one probe. */
  release(): void {
    this.probing = false;
  }

  success(): void {
    this.failures = 0;
    this.probing = false;
    this.state = 'closed';
  }

  failure(now: number): void {
    this.failures++;
    this.probing = false;
    if (this.state === 'half-open' || this.failures >= this.failureThreshold) {
      this.state = 'open';
      this.openedAt = now;
    }
  }
}

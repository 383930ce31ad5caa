/**
 * Admission for the renders a visitor can choose freely: a result code, an answer set, a comparison. Any client can
 * ask for a result nobody has asked for before, and each costs a full render (tens of milliseconds of the one
 * JavaScript thread), so fifty such requests at once used to hold the whole server: the cached home page waited
 * seconds behind them and the heap ran out (issue 15). Here at most `concurrency` of them render at a time; the rest
 * wait their turn in arrival order (a bounded queue: beyond it the answer is 429 with Retry-After), while every other
 * request, and every address Next has already cached, goes straight through (docs/adr/0006-render-gate.md).
 */

export interface RenderGateOptions {
  /** Renders in progress at once. */
  readonly concurrency: number;
  /** Requests waiting for a slot; one more is refused. */
  readonly queueLimit: number;
  /** Addresses remembered as cached by Next (answered with `x-nextjs-cache`), most recent kept. */
  readonly warmLimit: number;
}

export const DEFAULT_GATE: RenderGateOptions = { concurrency: 1, queueLimit: 200, warmLimit: 100 };

/** The gate's settings from the environment (RENDER_CONCURRENCY, RENDER_QUEUE_LIMIT, RENDER_WARM_LIMIT); bad values keep the default. */
export function gateOptionsFrom(env: Readonly<Record<string, string | undefined>>): RenderGateOptions {
  const read = (name: string, fallback: number, min: number) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value >= min ? value : fallback;
  };
  return {
    concurrency: read('RENDER_CONCURRENCY', DEFAULT_GATE.concurrency, 1),
    queueLimit: read('RENDER_QUEUE_LIMIT', DEFAULT_GATE.queueLimit, 0),
    warmLimit: read('RENDER_WARM_LIMIT', DEFAULT_GATE.warmLimit, 0),
  };
}

/** What happened to a request at the gate. */
export type Admission = 'now' | 'queued' | 'refused';

interface Waiting {
  readonly start: () => void;
  state: 'waiting' | 'started' | 'cancelled';
}

export class RenderGate {
  private active = 0;
  private readonly waiting: Waiting[] = [];
  private head = 0;
  private readonly warm = new Map<string, true>();

  constructor(readonly options: RenderGateOptions = DEFAULT_GATE) {}

  /** Renders in progress and requests waiting (for tests and the log). */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length - this.head };
  }

  /** Whether `key` was last seen served from (or stored in) Next's cache. */
  isWarm(key: string): boolean {
    if (!this.warm.has(key)) return false;
    this.warm.delete(key);
    this.warm.set(key, true);
    return true;
  }

  /** `key` is in Next's cache now (its response said so): later requests for it need no slot. */
  markWarm(key: string): void {
    if (this.options.warmLimit === 0) return;
    this.warm.delete(key);
    this.warm.set(key, true);
    if (this.warm.size > this.options.warmLimit) this.warm.delete(this.warm.keys().next().value!);
  }

  /**
   * Runs `start` now or when a slot frees, or refuses it (nothing runs) when the queue is full. The caller must call
   * the returned `release` exactly once when the render is over (or the client has gone); a request still waiting
   * when it is released leaves the queue without running.
   */
  admit(start: () => void): { admission: Admission; release: () => void } {
    if (this.active < this.options.concurrency) {
      this.active++;
      start();
      return { admission: 'now', release: this.once(() => this.finish()) };
    }
    if (this.waiting.length - this.head >= this.options.queueLimit) return { admission: 'refused', release: () => {} };
    const entry: Waiting = { start, state: 'waiting' };
    this.waiting.push(entry);
    return {
      admission: 'queued',
      release: this.once(() => {
        if (entry.state === 'started') this.finish();
        else entry.state = 'cancelled';
      }),
    };
  }

  private once(fn: () => void): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      fn();
    };
  }

  private finish(): void {
    this.active--;
    while (this.active < this.options.concurrency && this.head < this.waiting.length) {
      const next = this.waiting[this.head++]!;
      if (next.state === 'cancelled') continue;
      this.active++;
      next.state = 'started';
      next.start();
    }
    // Drop the consumed front of the queue now and then, so the array does not grow for ever.
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
  }
}

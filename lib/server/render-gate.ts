/**
 * Admission for the renders a visitor can choose freely: a result code, an answer set, a comparison. Any client can
 * ask for a result nobody has asked for before, and each costs a full render (tens of milliseconds of the one
 * JavaScript thread), so fifty such requests at once used to hold the whole server: the cached home page waited
 * seconds behind them and the heap ran out (issue 15). Here at most `concurrency` of them render at a time; the rest
 * wait their turn in arrival order, in a bounded queue. One client holds at most `perClient` slots and places at once,
 * so no client fills the queue for the others; beyond either limit the answer is 429 with Retry-After. Every other
 * request, and every address Next has already cached, goes straight through (server.ts, docs/adr/0012-custom-server.md).
 */

export interface RenderGateOptions {
  /** Renders in progress at once. */
  readonly concurrency: number;
  /** Requests waiting for a slot, all clients together; one more is refused. */
  readonly queueLimit: number;
  /** Slots and queue places one client may hold at once; one more from it is refused. */
  readonly perClient: number;
  /** Addresses remembered as cached by Next (answered with `x-nextjs-cache`), most recent kept. */
  readonly warmLimit: number;
}

/** What happened to a request at the gate. */
export type Admission = 'now' | 'queued' | 'refused';

interface Waiting {
  readonly start: () => void;
  state: 'waiting' | 'started' | 'cancelled';
}

/** Runs a function later, after the I/O already waiting (setImmediate; a test passes its own). */
export type Defer = (fn: () => void) => void;

/**
 * How the gate learns that other requests (the home page, cached pages, files) are being answered: `busy()` says so, and
 * the gate waits for them before it starts the next render, at most `maxWaitMs`; the server calls the gate's `wake()`
 * when the last of them ends. A render holds the one JavaScript thread for tens of milliseconds at a time, and a page
 * read from the cache takes several turns of the event loop: started on every turn, renders would stretch each of
 * those turns, so the home page waited seconds behind a flood of short renders (the JSON API, a calendar).
 */
export interface Others {
  busy(): boolean;
  readonly maxWaitMs: number;
}

const NO_OTHERS: Others = { busy: () => false, maxWaitMs: 0 };

export class RenderGate {
  private active = 0;
  private readonly waiting: Waiting[] = [];
  private head = 0;
  private queued = 0;
  private drainScheduled = false;
  private waitingSince: number | null = null;
  private waitTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly held = new Map<string, number>();
  private readonly warm = new Map<string, true>();

  constructor(
    readonly options: RenderGateOptions,
    private readonly defer: Defer = (fn) => void setImmediate(fn),
    private readonly others: Others = NO_OTHERS,
  ) {}

  /** The other requests have all been answered: a render waiting for them may start. */
  wake(): void {
    if (this.waitingSince !== null) this.scheduleDrain();
  }

  /** Renders in progress, requests waiting and clients holding either (for tests and the log). */
  get load(): { active: number; waiting: number; clients: number } {
    return { active: this.active, waiting: this.queued, clients: this.held.size };
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
   * Runs `start` on a later turn of the event loop, when a slot is free and no other request is being answered (or it
   * has waited `others.maxWaitMs` for them), or refuses it (nothing runs) when `client` already holds its share or the
   * queue is full. Never inside the call that admits it or the release that freed its slot: a render can finish within
   * one turn (the JSON API, a calendar), and one started per request read would run back to back for every connection
   * the server reads in one turn, while the requests already read (the home page, cached pages) wait. The caller must
   * call the returned `release` once the render is over (or the client has gone); a request released while it waits
   * leaves the queue without running. Further calls of `release` do nothing. `admission` says whether it found a slot
   * free ('now') or waits behind others ('queued').
   */
  admit(client: string, start: () => void): { admission: Admission; refusedBy?: 'client' | 'queue'; release: () => void } {
    const holding = this.held.get(client) ?? 0;
    if (holding >= this.options.perClient) return { admission: 'refused', refusedBy: 'client', release: () => {} };
    // Requests admitted and not yet started, beyond the slots there are: the queue.
    const beyond = this.active + this.queued - this.options.concurrency;
    const free = beyond < 0;
    if (!free && beyond >= this.options.queueLimit) return { admission: 'refused', refusedBy: 'queue', release: () => {} };
    const entry: Waiting = { start, state: 'waiting' };
    this.waiting.push(entry);
    this.queued++;
    this.held.set(client, holding + 1);
    // A slot may be free (one was released in this turn, and its drain has not run yet).
    this.scheduleDrain();
    return {
      admission: free ? 'now' : 'queued',
      release: this.once(client, () => {
        if (entry.state === 'started') this.finish();
        else if (entry.state === 'waiting') {
          entry.state = 'cancelled';
          this.queued--;
        }
      }),
    };
  }

  private once(client: string, fn: () => void): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const holding = (this.held.get(client) ?? 1) - 1;
      if (holding > 0) this.held.set(client, holding);
      else this.held.delete(client);
      fn();
    };
  }

  private finish(): void {
    this.active--;
    this.scheduleDrain();
  }

  private scheduleDrain(): void {
    if (this.drainScheduled || this.queued === 0 || this.active >= this.options.concurrency) return;
    this.drainScheduled = true;
    this.defer(() => {
      this.drainScheduled = false;
      this.drain();
    });
  }

  private drain(): void {
    if (this.queued > 0 && this.active < this.options.concurrency && this.others.busy()) {
      // Let the requests being answered finish first, but not for ever: under a steady stream of them renders still run.
      const now = Date.now();
      this.waitingSince ??= now;
      const left = this.waitingSince + this.others.maxWaitMs - now;
      if (left > 0) {
        this.waitTimer ??= setTimeout(() => {
          this.waitTimer = null;
          this.drainNow();
        }, left);
        return;
      }
    }
    this.drainNow();
  }

  private drainNow(): void {
    this.waitingSince = null;
    if (this.waitTimer !== null) {
      clearTimeout(this.waitTimer);
      this.waitTimer = null;
    }
    while (this.active < this.options.concurrency && this.head < this.waiting.length) {
      const next = this.waiting[this.head++]!;
      if (next.state === 'cancelled') continue;
      this.active++;
      this.queued--;
      next.state = 'started';
      try {
        next.start();
      } catch (error) {
        // The request's own 'close' still releases its slot; the others in the queue still get theirs.
        console.error('[render-gate] a queued request failed to start:', error);
      }
    }
    // Drop the consumed front of the queue now and then, so the array does not grow for ever.
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
  }
}

import {createClient} from 'redis';
import type {RateLimitStore} from './security.js';

// One atomic step per request: count it in the client's current one-minute window (the window
// starts at the client's first request and expires with its key), and report the time left.
const COUNT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}`;
const WINDOW_MS = 60_000;

function makeClient(url: string, started: () => boolean) {
  return createClient({
    url,
    // Fail fast instead of queueing requests while Redis is away.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5000,
      // At start-up a failure is final (the server refuses to start); later, keep reconnecting.
      reconnectStrategy: (retries: number, cause: Error) => (started() ? Math.min(100 * 2 ** retries, 5000) : cause),
    },
  });
}
type Client = ReturnType<typeof makeClient>;

/**
 * The rate limit shared by every instance that uses the same Redis: a fixed one-minute window
 * per client. When Redis cannot answer, requests are allowed (and the failure logged at most
 * once a minute): a Redis outage must not stop token issuance.
 */
export class RedisRateStore implements RateLimitStore {
  private lastComplaint = 0;

  private constructor(
    private readonly client: Client,
    private readonly perMinute: number,
    private readonly log: (line: string) => void,
    private readonly prefix: string,
  ) {}

  /** Connects, or rejects with a message naming REDIS_URL within about 5 s. */
  static async connect(url: string, perMinute: number, log: (line: string) => void, prefix = 'agora-token-server:rate:'): Promise<RedisRateStore> {
    let connected = false;
    const client = makeClient(url, () => connected);
    const store = new RedisRateStore(client, perMinute, log, prefix);
    client.on('error', (e: Error) => store.complain(`Redis error: ${e.message}`));
    try {
      await client.connect();
      connected = true;
    } catch (e) {
      if (client.isOpen) client.destroy();
      throw new Error(`Cannot reach Redis at REDIS_URL (${(e as Error).message}). Check the address and that Redis is running.`);
    }
    return store;
  }

  async hit(key: string): Promise<number> {
    try {
      const [count, ttl] = (await this.client.eval(COUNT, {keys: [this.prefix + key], arguments: [String(WINDOW_MS)]})) as [number, number];
      return count <= this.perMinute ? 0 : Math.max(1, Math.ceil(ttl / 1000));
    } catch (e) {
      this.complain(`Rate limit not applied, Redis did not answer: ${(e as Error).message}`);
      return 0;
    }
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }

  private complain(line: string): void {
    const now = Date.now();
    if (now - this.lastComplaint < 60_000) return;
    this.lastComplaint = now;
    this.log(line);
  }
}

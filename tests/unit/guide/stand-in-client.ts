// A stand-in for the Web SDK's client: it records the calls the token session makes and emits
// the same token events the real client emits, when a test says so.
import type {TokenClient, TokenEvent, User} from '../../../examples/web-client/token-session';

export type Call =
  | {method: 'join'; appId: string; channel: string; token: string | null; uid: User | null | undefined}
  | {method: 'renewToken'; token: string}
  | {method: 'leave'};

export class StandInClient implements TokenClient {
  readonly calls: Call[] = [];
  private readonly listeners = new Map<TokenEvent, Set<() => void>>();
  /** Set to make the next join reject, as the SDK does for an invalid token. */
  joinError: Error | null = null;
  /** The uid the SDK reports when the app joins with uid 0. */
  assignedUid = 4242;

  async join(appId: string, channel: string, token: string | null, uid?: User | null): Promise<User> {
    this.calls.push({method: 'join', appId, channel, token, uid});
    if (this.joinError) throw this.joinError;
    return uid === 0 || uid == null ? this.assignedUid : uid;
  }
  async renewToken(token: string): Promise<void> {
    this.calls.push({method: 'renewToken', token});
  }
  async leave(): Promise<void> {
    this.calls.push({method: 'leave'});
  }
  on(event: TokenEvent, listener: () => void): void {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
  }
  off(event: TokenEvent, listener: () => void): void {
    this.listeners.get(event)?.delete(listener);
  }
  /** What the SDK does 30 s before expiry, or at expiry. */
  emit(event: TokenEvent): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
  listenerCount(event: TokenEvent): number {
    return this.listeners.get(event)?.size ?? 0;
  }
  callsTo(method: Call['method']): Call[] {
    return this.calls.filter((c) => c.method === method);
  }
}

/** A scripted token server: each request takes the next answer; the last one repeats. */
export function scriptedFetch(answers: Array<{status: number; body: string} | 'network-error' | 'hang'>) {
  const urls: string[] = [];
  let i = 0;
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    urls.push(String(input));
    const answer = answers[Math.min(i++, answers.length - 1)];
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    return new Response(answer.body, {status: answer.status, headers: {'content-type': 'application/json'}});
  }) as typeof fetch;
  return {fetch: fetchImpl, urls};
}

export const token = (n: number) => ({status: 200, body: JSON.stringify({rtcToken: `007token-${n}`})});

/** Lets pending promise callbacks run (setImmediate stays real under mock.timers). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

// Stands in for the agora-rtc-sdk-ng object that the web client's files take as a parameter: the
// same shape, with clients that record calls and emit events on the test's command. (The real SDK
// runs in tests/e2e/web-client.spec.ts, up to the network.)
import {StandInClient} from './stand-in-client';

export class FakeTrack {
  closed = false;
  constructor(readonly kind: 'audio' | 'video') {}
  playingIn: unknown = null;
  close() {
    this.closed = true;
  }
  play(element: unknown) {
    this.playingIn = element;
  }
}

export class FakeClient extends StandInClient {
  readonly published: FakeTrack[][] = [];
  /** Set to make publish reject, as it does for a subscriber under co-host authentication. */
  publishError: Error | null = null;
  role: 'host' | 'audience' | null = null;
  constructor(readonly config: {mode: string; codec: string}) {
    super();
  }
  async setClientRole(role: 'host' | 'audience') {
    if (this.config.mode !== 'live') throw new Error('setClientRole has no effect in rtc mode');
    this.role = role;
  }
  async publish(tracks: FakeTrack | FakeTrack[]) {
    if (this.publishError) throw this.publishError;
    this.published.push(Array.isArray(tracks) ? tracks : [tracks]);
  }
}

/** `next` configures the next client createClient() returns, before the code under test uses it. */
export type FakeRegistry = {clients: FakeClient[]; tracks: FakeTrack[]; next?: (client: FakeClient) => void};
const registry: FakeRegistry = ((globalThis as {__fakeAgora?: FakeRegistry}).__fakeAgora ??= {clients: [], tracks: []});

export default {
  VERSION: '4.x-fake',
  createClient(config: {mode: string; codec: string}) {
    if (!['rtc', 'live'].includes(config.mode)) throw new Error(`unknown mode ${config.mode}`);
    const client = new FakeClient(config);
    registry.next?.(client);
    registry.next = undefined;
    registry.clients.push(client);
    return client;
  },
  async createMicrophoneAndCameraTracks() {
    const tracks: [FakeTrack, FakeTrack] = [new FakeTrack('audio'), new FakeTrack('video')];
    registry.tracks.push(...tracks);
    return tracks;
  },
};

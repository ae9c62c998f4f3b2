// Replaces agora-rtc-sdk-ng when the wiring test bundles examples/web-client/main.ts: the same
// default export shape, with clients that record calls and emit events on the test's command.
import {StandInClient} from './stand-in-client';

export class FakeTrack {
  closed = false;
  constructor(readonly kind: 'audio' | 'video') {}
  close() {
    this.closed = true;
  }
}

export class FakeClient extends StandInClient {
  readonly published: FakeTrack[][] = [];
  /** Set to make publish reject, as it does for a subscriber under co-host authentication. */
  publishError: Error | null = null;
  async publish(tracks: FakeTrack | FakeTrack[]) {
    if (this.publishError) throw this.publishError;
    this.published.push(Array.isArray(tracks) ? tracks : [tracks]);
  }
}

/** `next` configures the next client createClient() returns, before the code under test uses it. */
export type FakeRegistry = {clients: FakeClient[]; tracks: FakeTrack[]; next?: (client: FakeClient) => void};
const registry: FakeRegistry = ((globalThis as {__fakeAgora?: FakeRegistry}).__fakeAgora ??= {clients: [], tracks: []});

export default {
  createClient(config: {mode: string; codec: string}) {
    if (!['rtc', 'live'].includes(config.mode)) throw new Error(`unknown mode ${config.mode}`);
    const client = new FakeClient();
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

// How to wire the token session into a Web SDK 4.x app. Call startCall() from your Join button
// and stop() from your Leave button. The App ID is public; the App Certificate stays on your
// token server and never reaches the browser.
import AgoraRTC from 'agora-rtc-sdk-ng';
import {joinWithTokens, type SessionEvent} from './token-session';

export type CallSettings = {
  appId: string;
  /** Where your token server runs, e.g. http://localhost:8080 while you develop. */
  serverUrl: string;
  channel: string;
  /** The same value goes into the token request and into join(): a number, or a string account. */
  user: number | string;
};

function describe(event: SessionEvent): string {
  switch (event.type) {
    case 'joined':
      return `Joined as uid ${event.uid}.`;
    case 'renewed':
      return 'Token renewed before it expired.';
    case 'rejoined':
      return `Token expired; joined again as uid ${event.uid}.`;
    case 'retrying':
      return `Token server failed (${event.reason}); trying again in ${event.delayMs / 1000} s.`;
    case 'error':
      return `Could not ${event.phase === 'renew' ? 'renew the token' : 'join again'}: ${event.error.message}`;
  }
}

export async function startCall(settings: CallSettings, report: (line: string) => void) {
  const client = AgoraRTC.createClient({mode: 'rtc', codec: 'vp8'});
  const tracks = await AgoraRTC.createMicrophoneAndCameraTracks();
  const session = await joinWithTokens(client, {
    ...settings,
    role: 'publisher',
    expirySeconds: 3600,
    onEvent: (event) => {
      report(describe(event));
      // Joining again starts with nothing published: publish the same tracks again.
      if (event.type === 'rejoined') client.publish(tracks).catch((e: Error) => report(`Could not publish: ${e.message}`));
    },
  });
  await client.publish(tracks);
  report('Publishing your microphone and camera.');
  return {
    async stop() {
      for (const track of tracks) track.close();
      await session.leave();
      report('Left the channel.');
    },
  };
}

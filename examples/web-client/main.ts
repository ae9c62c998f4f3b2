// A call with tokens: camera preview, join with a token from your token server, show the other
// users' video, and leave. The SDK object is a parameter, so the same file works with a bundler
// (bundled.ts passes the imported SDK) and with plain <script> tags (index.html passes the
// global AgoraRTC that the SDK's browser build defines).
import type AgoraRTC from 'agora-rtc-sdk-ng';
import type {IAgoraRTCRemoteUser, IAgoraRTCClient} from 'agora-rtc-sdk-ng';
import {joinWithTokens, TokenFetchError, type SessionEvent, type User} from './token-session.js';

export type AgoraSdk = typeof AgoraRTC;

export type CallSettings = {
  appId: string;
  /** Where your token server runs, e.g. http://localhost:8080 while you develop. */
  serverUrl: string;
  channel: string;
  /** The same value goes into the token request and into join(): a number, or a string account. */
  user: User;
  /** Token lifetime in seconds; set 90 to watch a renewal within a minute. */
  expirySeconds?: number;
};

/** Where the call shows itself in your page. */
export type CallView = {
  localVideo: HTMLElement;
  remoteVideos: HTMLElement;
  report: (line: string) => void;
};

/** How long to wait for Agora before telling the user that it cannot be reached. */
export const joinTimeoutMs = 15_000;

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
      return `Could not ${event.phase === 'renew' ? 'renew the token' : 'join again'}: ${explain(event.error)}`;
  }
}

/** One sentence a user can act on, for whatever the token server or the SDK threw. */
export function explain(error: unknown): string {
  if (error instanceof TokenFetchError) return `${error.message} Is your token server running?`;
  const {code = '', message = String(error)} = error as {code?: string; message?: string};
  if (code === 'JOIN_TIMEOUT' || code === 'NETWORK_ERROR' || /network/i.test(message)) {
    return "Cannot reach Agora's servers. Check your internet connection; a firewall, proxy or VPN may block Agora.";
  }
  if (/invalid token|dynamic key|token.*(expired|timeout)|static key/i.test(message)) {
    return `Agora refused the token (${message}). Paste it into the token inspector to see why.`;
  }
  if (code === 'PERMISSION_DENIED' || code === 'NOT_SUPPORTED') {
    return `The browser gave no camera or microphone (${message}). Allow them for this page, over https or on localhost.`;
  }
  return code ? `${code}: ${message}` : message;
}

function joinTimeout(): {promise: Promise<never>; cancel: () => void} {
  let timer: ReturnType<typeof setTimeout>;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer from Agora within ${joinTimeoutMs / 1000} s`), {code: 'JOIN_TIMEOUT'})), joinTimeoutMs);
  });
  return {promise, cancel: () => clearTimeout(timer)};
}

export type Call = {client: IAgoraRTCClient; uid: User; stop(): Promise<void>};

export async function startCall(sdk: AgoraSdk, settings: CallSettings, view: CallView, onClient?: (client: IAgoraRTCClient) => void): Promise<Call> {
  const client = sdk.createClient({mode: 'rtc', codec: 'vp8'});
  onClient?.(client);
  // Show the other users: subscribe to what they publish, and clear their tile when they stop.
  client.on('user-published', async (user: IAgoraRTCRemoteUser, mediaType: 'audio' | 'video' | 'datachannel') => {
    if (mediaType === 'datachannel') return;
    await client.subscribe(user, mediaType);
    if (mediaType === 'audio') user.audioTrack?.play();
    if (mediaType === 'video') {
      const tile = document.createElement('div');
      tile.id = `remote-${user.uid}`;
      tile.className = 'video';
      tile.setAttribute('aria-label', `Video of uid ${user.uid}`);
      view.remoteVideos.append(tile);
      user.videoTrack?.play(tile);
    }
  });
  client.on('user-unpublished', (user: IAgoraRTCRemoteUser, mediaType: string) => {
    if (mediaType === 'video') document.getElementById(`remote-${user.uid}`)?.remove();
  });

  const tracks = await sdk.createMicrophoneAndCameraTracks();
  tracks[1].play(view.localVideo);
  const closeTracks = () => tracks.forEach((track) => track.close());

  const timeout = joinTimeout();
  const joining = joinWithTokens(client, {
    ...settings,
    role: 'publisher',
    expirySeconds: settings.expirySeconds ?? 3600,
    onEvent: (event) => {
      view.report(describe(event));
      // Joining again starts with nothing published: publish the same tracks again.
      if (event.type === 'rejoined') client.publish(tracks).catch((e: unknown) => view.report(`Could not publish: ${explain(e)}`));
    },
  });
  let session;
  try {
    session = await Promise.race([joining, timeout.promise]);
  } catch (error) {
    // Stop the join that is still trying, so no call goes on behind the error message.
    joining.then((s) => s.leave(), () => {});
    await client.leave().catch(() => {});
    closeTracks();
    throw error;
  } finally {
    timeout.cancel();
  }
  await client.publish(tracks);
  view.report('Publishing your microphone and camera.');
  return {
    client,
    uid: session.uid,
    async stop() {
      closeTracks();
      view.remoteVideos.replaceChildren();
      await session.leave();
      view.report('Left the channel.');
    },
  };
}

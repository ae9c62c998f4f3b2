// For testing a token by hand: join once with exactly the token you pass, optionally try to
// publish, leave, and return what Agora said in one sentence. The page in this folder makes it
// available in your browser's developer console as tryToken(settings, token).
//
// The client joins a live-broadcasting channel as a host: co-host authentication, which decides
// whether a token may publish, applies to hosts in live broadcasting only.
import type {AgoraSdk} from './main.js';

export type TrySettings = {appId: string; channel: string; user: number | string; publish?: boolean};

// The SDK rejects with an AgoraRTCError: `code` names the failure, `message` has Agora's reason.
function reason(error: unknown): string {
  const e = error as {code?: unknown; message?: unknown};
  return e.code ? `${String(e.code)} (${String(e.message)})` : String(e.message ?? error);
}

export async function tryToken(sdk: AgoraSdk, settings: TrySettings, token: string | null): Promise<string> {
  const client = sdk.createClient({mode: 'live', codec: 'vp8'});
  await client.setClientRole('host');
  let uid: number | string;
  try {
    uid = await client.join(settings.appId, settings.channel, token, settings.user);
  } catch (error) {
    return `Kept out: Agora refused to join: ${reason(error)}`;
  }
  try {
    if (!settings.publish) return `Joined "${settings.channel}" as uid ${uid}: the token works.`;
    const tracks = await sdk.createMicrophoneAndCameraTracks();
    try {
      await client.publish(tracks);
      return `Joined as uid ${uid} and published: this token may publish.`;
    } catch (error) {
      return `Joined as uid ${uid}, but publishing was refused: ${reason(error)}`;
    } finally {
      for (const track of tracks) track.close();
    }
  } finally {
    await client.leave();
  }
}

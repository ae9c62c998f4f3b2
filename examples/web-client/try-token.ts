// For testing a token by hand: join once with exactly the token you pass, optionally try to
// publish, leave, and return what Agora said in one sentence. Call it from a test button or
// your browser's developer console while you work through the "Test the flow" page.
import AgoraRTC from 'agora-rtc-sdk-ng';

export type TrySettings = {appId: string; channel: string; user: number | string; publish?: boolean};

// The SDK rejects with an AgoraRTCError: `code` names the failure, `message` has Agora's reason.
function reason(error: unknown): string {
  const e = error as {code?: unknown; message?: unknown};
  return e.code ? `${String(e.code)} (${String(e.message)})` : String(e.message ?? error);
}

export async function tryToken(settings: TrySettings, token: string | null): Promise<string> {
  const client = AgoraRTC.createClient({mode: 'rtc', codec: 'vp8'});
  let uid: number | string;
  try {
    uid = await client.join(settings.appId, settings.channel, token, settings.user);
  } catch (error) {
    return `Kept out: Agora refused to join: ${reason(error)}`;
  }
  try {
    if (!settings.publish) return `Joined "${settings.channel}" as uid ${uid}: the token works.`;
    const tracks = await AgoraRTC.createMicrophoneAndCameraTracks();
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

// The join test's logic, apart from React: check the reader's values, run one join with the real
// Web SDK (passed in, so tests can hand in a recording stand-in), and put the SDK's failure next
// to the token engine's diagnosis of the same token and join values.
import type {Diagnosis} from '@site/src/token';

export type JoinForm = {appId: string; channel: string; user: string; userKind: 'uid' | 'account'; token: string};

/** The arguments of client.join(appId, channel, token, uid). */
export type JoinArgs = {appId: string; channel: string; token: string | null; uid: number | string};

export type FormErrors = Partial<Record<keyof JoinForm, string>>;

export function checkForm(form: JoinForm): {errors: FormErrors; args: JoinArgs | null} {
  const errors: FormErrors = {};
  const appId = form.appId.trim();
  if (!/^[0-9a-fA-F]{32}$/.test(appId)) errors.appId = 'App ID: the 32 hexadecimal characters from Agora Console (Project Management).';
  const channel = form.channel;
  if (channel === '' || new TextEncoder().encode(channel).length > 64) errors.channel = 'Channel: 1 to 64 bytes, the same name your token was built for.';
  let uid: number | string = form.user.trim();
  if (form.userKind === 'uid') {
    if (!/^\d{1,10}$/.test(uid) || Number(uid) > 0xffffffff) errors.user = 'uid: a whole number from 0 to 4294967295 (0 lets Agora pick one).';
    else uid = Number(uid);
  } else if (uid === '' || new TextEncoder().encode(uid).length > 255) {
    errors.user = 'User account: 1 to 255 bytes, the account your token was built for.';
  }
  // A pasted JSON answer from a token server is accepted as it is: take the token out of it.
  const token = /"rtcToken"\s*:\s*"([^"]+)"/.exec(form.token)?.[1] ?? form.token.trim();
  if (token !== '' && !/^(007|006)[A-Za-z0-9+/=_-]+$/.test(token)) errors.token = 'Token: starts with 007 (or 006 for an old one); paste it without quotes or spaces.';
  return {errors, args: Object.keys(errors).length ? null : {appId, channel, token: token || null, uid}};
}

// The parts of the Web SDK the test uses (agora-rtc-sdk-ng's default export fits).
export type TestTrack = {play(element: HTMLElement): void; close(): void};
export type TestClient = {join(appId: string, channel: string, token: string | null, uid?: number | string | null): Promise<number | string>; leave(): Promise<void>};
export type TestSdk = {VERSION: string; createClient(config: {mode: 'rtc'; codec: 'vp8'}): TestClient; createCameraVideoTrack(): Promise<TestTrack>};

export type JoinTestEvent =
  | {type: 'camera'}
  | {type: 'camera-unavailable'; reason: string}
  | {type: 'joining'}
  | {type: 'joined'; uid: number | string}
  | {type: 'failed'; error: SdkFailure}
  | {type: 'left'};

export type SdkFailure = {code: string; message: string; kind: 'network' | 'token' | 'app-id' | 'other'};

export const joinTimeoutMs = 15_000;

/** Sorts the SDK's rejection by what it is about, from its code and Agora's message. */
export function readSdkFailure(error: unknown): SdkFailure {
  const {code = '', message = String(error)} = (error ?? {}) as {code?: string; message?: string};
  const text = `${code} ${message}`;
  const kind: SdkFailure['kind'] = /invalid vendor key|can not find appid/i.test(text)
    ? 'app-id'
    : /invalid token|token (timeout|expired)|dynamic key|static key|authorized failed/i.test(message)
      ? 'token'
      : /JOIN_TIMEOUT|NETWORK_ERROR|network/i.test(text)
        ? 'network'
        : 'other';
  return {code: String(code), message: String(message), kind};
}

/** One sentence that ties Agora's answer to the inspector's diagnosis of the same join. */
export function compare(failure: SdkFailure, diagnosis: Diagnosis): string {
  if (failure.kind === 'network') {
    return diagnosis.verdict === 'rejected'
      ? `Agora could not be reached, so it said nothing about the token. Once it can be reached, expect the inspector's verdict: ${diagnosis.summary}.`
      : "Agora could not be reached, so it said nothing about the token. The inspector finds nothing wrong with it: check the network, firewall, proxy or VPN.";
  }
  if (failure.kind === 'token' || failure.kind === 'app-id') {
    return diagnosis.verdict === 'rejected'
      ? `The inspector explains Agora's refusal: ${diagnosis.summary}.`
      : 'The inspector finds the token right for these values, so its signature is the likely cause: build it with the App Certificate of the project this App ID belongs to (the inspector checks the signature when you give it the certificate).';
  }
  return `The SDK failed for a reason that is not about the token. The inspector's verdict on the token: ${diagnosis.summary}.`;
}

/** The inspector's diagnosis of the same token and values; its code loads only when needed. */
export async function diagnose(args: JoinArgs): Promise<Diagnosis | null> {
  if (!args.token) return null;
  const {diagnoseToken} = await import('../../token/diagnose');
  return diagnoseToken(args.token, {appId: args.appId, channelName: args.channel, uid: args.uid, publish: false});
}

/**
 * Shows the camera, joins once and reports each step. Resolves with a leave function after a
 * successful join, or null after a failure (the client is left and the camera closed).
 */
export async function runJoinTest(
  sdk: TestSdk,
  args: JoinArgs,
  view: {preview: HTMLElement; onEvent: (event: JoinTestEvent) => void; timeoutMs?: number},
): Promise<(() => Promise<void>) | null> {
  const client = sdk.createClient({mode: 'rtc', codec: 'vp8'});
  let track: TestTrack | null = null;
  try {
    track = await sdk.createCameraVideoTrack();
    track.play(view.preview);
    view.onEvent({type: 'camera'});
  } catch (error) {
    // No camera is no reason to skip the join: the token is what is tested.
    view.onEvent({type: 'camera-unavailable', reason: readSdkFailure(error).message});
  }
  view.onEvent({type: 'joining'});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeoutMs = view.timeoutMs ?? joinTimeoutMs;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject({code: 'JOIN_TIMEOUT', message: `no answer from Agora within ${timeoutMs / 1000} s`}), timeoutMs);
  });
  try {
    const uid = await Promise.race([client.join(args.appId, args.channel, args.token, args.uid), timeout]);
    view.onEvent({type: 'joined', uid});
  } catch (error) {
    track?.close();
    await client.leave().catch(() => {}); // also stops a join that is still trying
    view.onEvent({type: 'failed', error: readSdkFailure(error)});
    return null;
  } finally {
    clearTimeout(timer);
  }
  return async () => {
    track?.close();
    await client.leave();
    view.onEvent({type: 'left'});
  };
}

// Wires the page's form to the call: Join starts it, Leave ends it, and every step is written
// to the status list. The App ID and your token server's address come from config.json, which
// serve.mjs writes from the same .env file the token server reads.
import type {IAgoraRTCClient} from 'agora-rtc-sdk-ng';
import {startCall, explain, type AgoraSdk, type Call} from './main.js';
import {tryToken, type TrySettings} from './try-token.js';

type PageConfig = {appId: string; serverUrl: string};

declare global {
  interface Window {
    /** For your browser's developer console: join once with a given token (see try-token.ts). */
    tryToken?: (settings: TrySettings, token: string | null) => Promise<string>;
    /** The SDK client of the current call, to inspect from the developer console. */
    agoraClient?: IAgoraRTCClient;
  }
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no element with id "${id}".`);
  return found as T;
}

/** A whole number is a uid (0 lets Agora pick one); anything else is a user account. */
export function parseUser(text: string): number | string {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export async function startPage(sdk: AgoraSdk): Promise<void> {
  const form = element<HTMLFormElement>('join-form');
  const channel = element<HTMLInputElement>('channel');
  const user = element<HTMLInputElement>('user');
  const join = element<HTMLButtonElement>('join');
  const leave = element<HTMLButtonElement>('leave');
  const status = element<HTMLOListElement>('status');
  const report = (line: string) => {
    const item = document.createElement('li');
    item.textContent = line;
    status.append(item);
  };
  const view = {localVideo: element('local-video'), remoteVideos: element('remote-videos'), report};

  const config = (await fetch('config.json').then((r) => r.json())) as PageConfig;
  window.tryToken = (settings, token) => tryToken(sdk, settings, token);
  report(`Agora Web SDK ${sdk.VERSION}. Tokens come from ${config.serverUrl}.`);

  let call: Call | null = null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    join.disabled = true;
    report(`Joining "${channel.value}"…`);
    try {
      call = await startCall(sdk, {...config, channel: channel.value.trim(), user: parseUser(user.value)}, view, (client) => {
        window.agoraClient = client;
      });
      leave.disabled = false;
    } catch (error) {
      report(`Could not join: ${explain(error)}`);
      join.disabled = false;
    }
  });
  leave.addEventListener('click', async () => {
    leave.disabled = true;
    await call?.stop().catch((error: unknown) => report(`Could not leave cleanly: ${explain(error)}`));
    call = null;
    join.disabled = false;
  });
  join.disabled = false;
}

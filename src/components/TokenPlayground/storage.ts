// "Remember my App ID on this device": the one value the playground keeps in localStorage.
// Never the certificate.

const REMEMBER_KEY = 'agora-token-guide:app-id';

export function readRemembered(): string | null {
  try {
    return window.localStorage.getItem(REMEMBER_KEY);
  } catch {
    return null; // storage disabled: remembering is simply unavailable
  }
}

export function writeRemembered(appId: string | null): void {
  try {
    if (appId === null) window.localStorage.removeItem(REMEMBER_KEY);
    else window.localStorage.setItem(REMEMBER_KEY, appId);
  } catch {
    // storage disabled or full: nothing to do, the App ID just is not remembered
  }
}

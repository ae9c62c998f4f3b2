import {useSyncExternalStore, type ReactNode} from 'react';
import {formatDuration} from '@site/src/token';

// One shared one-second clock for every countdown on the page. The server snapshot is null:
// the pre-rendered HTML never contains a time, so hydration cannot disagree with it.
let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Math.floor(Date.now() / 1000);
    timer = setInterval(() => {
      now = Math.floor(Date.now() / 1000);
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function snapshot(): number {
  if (!timer) now = Math.floor(Date.now() / 1000);
  return now;
}

/** Current Unix time in seconds, ticking once a second; null while pre-rendering or hydrating. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

/** A lifetime typed in seconds, in words: 3600 → "1 h". */
export function describeSeconds(seconds: number): string {
  return seconds === 0 ? 'no limit' : formatDuration(seconds);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** UTC as "2025-01-31 14:05:09 UTC": unambiguous in any locale. */
export function formatUtc(unix: number): string {
  const d = new Date(unix * 1000);
  if (Number.isNaN(d.getTime())) return 'not a valid date';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())} UTC`;
}

/** Local time in the reader's own locale and time zone. */
export function formatLocal(unix: number): string {
  const d = new Date(unix * 1000);
  if (Number.isNaN(d.getTime())) return 'not a valid date';
  return d.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'medium'});
}

/** "in 59 min 12 s" or "3 h ago", relative to now. */
export function relative(unix: number, nowUnix: number): string {
  const delta = unix - nowUnix;
  if (delta === 0) return 'now';
  return delta >= 0 ? `in ${formatDuration(delta)}` : `${formatDuration(delta)} ago`;
}

function isoOrUndefined(unix: number): string | undefined {
  const d = new Date(unix * 1000);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

type MomentProps = {
  /** Unix time in seconds. */
  at: number;
  /** Words before the relative part, e.g. "expires" → "expires in 5 min" / "expired 5 min ago". */
  verb?: {future: string; past: string};
};

/**
 * An absolute time shown in local time and UTC, with a live relative part. Renders nothing
 * time-dependent until the page is hydrated.
 */
export function Moment({at, verb}: MomentProps): ReactNode {
  const nowUnix = useNow();
  if (nowUnix === null) return null;
  const past = at < nowUnix;
  const lead = verb ? (past ? verb.past : verb.future) + ' ' : '';
  return (
    <>
      <time dateTime={isoOrUndefined(at)}>{formatLocal(at)}</time>
      {' '}
      <span data-utc>({formatUtc(at)})</span>
      {' · '}
      <span data-relative data-past={past ? 'true' : 'false'}>
        {lead}
        {relative(at, nowUnix)}
      </span>
    </>
  );
}

import {useSyncExternalStore} from 'react';

/**
 * The values a reader has typed into a playground, shared in memory with every other live
 * component while they move around the site (Docusaurus navigates without reloading, so this
 * module survives). Code samples fill in these values, and "open in the inspector" hands the
 * token over through it.
 *
 * Nothing here is ever written to storage, cookies or the URL. The App Certificate is kept in a
 * separate slot that code samples never read, and it is gone when the tab closes or reloads.
 */
export type ReaderValues = {
  appId: string;
  channel: string;
  /** The uid or user account the reader's client will join with, as typed. */
  user: string;
  userKind: 'uid' | 'account';
  role: 'publisher' | 'subscriber';
  /** Token lifetime in seconds, as typed. */
  tokenLifetime: string;
  privilegeLifetime: string;
};

/** What "open in the inspector" passes along: the token, and what to check it against. */
export type InspectorHandoff = {
  token: string;
  certificate: string;
  appId: string;
  channel: string;
  user: string;
  userKind: 'uid' | 'account';
  publish: boolean;
};

/** The last token handed on from the playground, for the join test: no certificate in it. */
export type TokenForJoinTest = Omit<InspectorHandoff, 'certificate' | 'publish'>;

type State = {values: ReaderValues | null; certificate: string; handoff: InspectorHandoff | null; lastToken: TokenForJoinTest | null};

// null until a playground publishes: code samples show their file unchanged until then.
let state: State = {values: null, certificate: '', handoff: null, lastToken: null};
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishReaderValues(values: ReaderValues): void {
  const old = state.values;
  const same = old !== null && (Object.keys(values) as (keyof ReaderValues)[]).every((k) => old[k] === values[k]);
  if (same) return;
  state = {...state, values};
  emit();
}

export function readReaderValues(): ReaderValues | null {
  return state.values;
}

/** Kept only in this module's memory, so a reader moving between pages need not retype it. */
export function rememberCertificateInMemory(certificate: string): void {
  state = {...state, certificate};
}

export function certificateInMemory(): string {
  return state.certificate;
}

export function setInspectorHandoff(handoff: InspectorHandoff): void {
  const {token, appId, channel, user, userKind} = handoff;
  state = {...state, handoff, lastToken: {token, appId, channel, user, userKind}};
}

/** The token the playground last handed on (kept after the inspector takes its handoff). */
export function tokenForJoinTest(): TokenForJoinTest | null {
  return state.lastToken;
}

/** Returns the pending handoff once and clears it, so a later visit starts clean. */
export function takeInspectorHandoff(): InspectorHandoff | null {
  const {handoff} = state;
  state = {...state, handoff: null};
  return handoff;
}

const serverValues = (): null => null;

/**
 * The reader's current values, or null if no playground has published any. During server
 * rendering and hydration this is always null, so the pre-rendered HTML and the first client
 * render agree.
 */
export function useReaderValues(): ReaderValues | null {
  return useSyncExternalStore(subscribe, () => state.values, serverValues);
}

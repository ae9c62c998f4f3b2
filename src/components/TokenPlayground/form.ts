// The playground's form: which fields each token type shows, and how the form travels in a
// share link. No token rules live here; the engine validates and builds (see ./engine.ts).

export type TokenKind =
  | 'rtc-uid'
  | 'rtc-account'
  | 'rtc-rtm'
  | 'rtm'
  | 'chat-user'
  | 'chat-app'
  | 'fpa'
  | 'apaas-room-user'
  | 'apaas-user'
  | 'apaas-app';

export type FormState = {
  kind: TokenKind;
  appId: string;
  certificate: string;
  channel: string;
  uid: string;
  account: string;
  userId: string;
  role: 'publisher' | 'subscriber';
  tokenLifetime: string;
  privilegeLifetime: string;
  /** Separate expiry per RTC privilege (the publish ones take effect with co-host authentication). */
  perPrivilege: boolean;
  joinExpire: string;
  audioExpire: string;
  videoExpire: string;
  dataExpire: string;
  roomUuid: string;
  userUuid: string;
  apaasRole: string;
};

export type FieldName = Exclude<keyof FormState, 'kind' | 'perPrivilege' | 'role'> | 'role';

export const kindLabels: Record<TokenKind, string> = {
  'rtc-uid': 'RTC, by uid',
  'rtc-account': 'RTC, by user account',
  'rtc-rtm': 'RTC + RTM',
  rtm: 'RTM (Signaling)',
  'chat-user': 'Chat user',
  'chat-app': 'Chat app',
  fpa: 'FPA (accelerated transport)',
  'apaas-room-user': 'Flexible Classroom: room user',
  'apaas-user': 'Flexible Classroom: user',
  'apaas-app': 'Flexible Classroom: app',
};

export const mainKinds: TokenKind[] = ['rtc-uid', 'rtc-account', 'rtc-rtm', 'rtm', 'chat-user', 'chat-app'];
export const advancedKinds: TokenKind[] = ['fpa', 'apaas-room-user', 'apaas-user', 'apaas-app'];
export const allKinds: TokenKind[] = [...mainKinds, ...advancedKinds];

export function isRtc(kind: TokenKind): boolean {
  return kind === 'rtc-uid' || kind === 'rtc-account' || kind === 'rtc-rtm';
}

/** The fields a token type uses, in display order (credentials excluded). */
export function fieldsFor(kind: TokenKind, perPrivilege: boolean): FieldName[] {
  switch (kind) {
    case 'rtc-uid':
    case 'rtc-account':
    case 'rtc-rtm': {
      const who: FieldName = kind === 'rtc-uid' ? 'uid' : 'account';
      const expiries: FieldName[] = perPrivilege
        ? ['tokenLifetime', 'joinExpire', 'audioExpire', 'videoExpire', 'dataExpire']
        : ['tokenLifetime', 'privilegeLifetime'];
      // Per-privilege expiries replace the role: the privileges are listed one by one.
      return perPrivilege && kind !== 'rtc-rtm' ? ['channel', who, ...expiries] : ['channel', who, 'role', ...expiries];
    }
    case 'rtm':
    case 'chat-user':
      return ['userId', 'tokenLifetime'];
    case 'chat-app':
    case 'apaas-app':
      return ['tokenLifetime'];
    case 'fpa':
      return [];
    case 'apaas-room-user':
      return ['roomUuid', 'userUuid', 'apaasRole', 'tokenLifetime'];
    case 'apaas-user':
      return ['userUuid', 'tokenLifetime'];
  }
}

export const initialForm: FormState = {
  kind: 'rtc-uid',
  appId: '',
  certificate: '',
  channel: 'demo',
  uid: '1234',
  account: 'alice',
  userId: 'alice',
  role: 'publisher',
  tokenLifetime: '3600',
  privilegeLifetime: '3600',
  perPrivilege: false,
  joinExpire: '3600',
  audioExpire: '3600',
  videoExpire: '3600',
  dataExpire: '3600',
  roomUuid: 'room-1',
  userUuid: 'alice',
  apaasRole: '1',
};

/**
 * Public test values for trying the playground without an Agora account. They are made up:
 * Agora rejects tokens signed with them, which is the point (nothing real to leak).
 */
export const sampleCredentials = {
  appId: '0123456789abcdef0123456789abcdef',
  certificate: 'fedcba9876543210fedcba9876543210',
} as const;

// Share-link parameter for each form field. The certificate has none, on purpose.
const params: Partial<Record<keyof FormState, string>> = {
  kind: 'type',
  appId: 'appId',
  channel: 'channel',
  uid: 'uid',
  account: 'account',
  userId: 'userId',
  role: 'role',
  tokenLifetime: 'expire',
  privilegeLifetime: 'privilegeExpire',
  perPrivilege: 'perPrivilege',
  joinExpire: 'join',
  audioExpire: 'audio',
  videoExpire: 'video',
  dataExpire: 'data',
  roomUuid: 'room',
  userUuid: 'user',
  apaasRole: 'roomRole',
};

/** URL parameters that must never be honoured or kept, should someone put a secret in a link. */
export const secretParams = ['certificate', 'appCertificate', 'app_certificate', 'cert'];

/** The query string of a share link: the App ID and every field the token type uses, never the certificate. */
export function toShareQuery(form: FormState): string {
  const query = new URLSearchParams();
  query.set('type', form.kind);
  if (form.appId) query.set('appId', form.appId);
  for (const field of fieldsFor(form.kind, form.perPrivilege)) {
    if (field === 'certificate') continue;
    query.set(params[field]!, String(form[field]));
  }
  if (isRtc(form.kind) && form.perPrivilege) query.set('perPrivilege', '1');
  return query.toString();
}

/** Reads a share link's query string; unknown or malformed parameters are ignored. */
export function fromShareQuery(search: string): Partial<FormState> {
  const query = new URLSearchParams(search);
  const out: Partial<Record<keyof FormState, unknown>> = {};
  for (const [field, name] of Object.entries(params) as [keyof FormState, string][]) {
    const value = query.get(name);
    if (value === null || field === 'certificate') continue;
    if (field === 'kind') {
      if ((allKinds as string[]).includes(value)) out.kind = value;
    } else if (field === 'role') {
      if (value === 'publisher' || value === 'subscriber') out.role = value;
    } else if (field === 'perPrivilege') {
      out.perPrivilege = value === '1' || value === 'true';
    } else {
      out[field] = value.slice(0, 512);
    }
  }
  return out as Partial<FormState>;
}

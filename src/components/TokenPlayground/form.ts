// The playground's form: its state, and which fields each token type shows. No token rules
// live here; the engine validates and builds (see ./formToParams.ts).
import {BUILDERS, type BuilderKind} from '@site/src/token';

/**
 * The token types the form offers: engine builder kinds. The RTC ones switch to their
 * per-privilege builder when the form asks for one expiry per privilege.
 */
export type TokenKind = Extract<BuilderKind, 'rtcUid' | 'rtcAccount' | 'rtcRtm' | 'rtm' | 'chatUser' | 'chatApp' | 'fpa' | 'apaasRoomUser' | 'apaasUser' | 'apaasApp'>;

export type FormState = {
  kind: TokenKind;
  appId: string;
  certificate: string;
  channel: string;
  uid: string;
  account: string;
  userId: string;
  /** RTM only: an optional RTM 2.x stream channel ('' = none). */
  streamChannel: string;
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

/** The form's name for a token type: the engine's label of the builder. */
export function kindLabel(kind: TokenKind): string {
  return BUILDERS[kind].label;
}

export const mainKinds: TokenKind[] = ['rtcUid', 'rtcAccount', 'rtcRtm', 'rtm', 'chatUser', 'chatApp'];
export const advancedKinds: TokenKind[] = ['fpa', 'apaasRoomUser', 'apaasUser', 'apaasApp'];
export const allKinds: TokenKind[] = [...mainKinds, ...advancedKinds];

export function isRtc(kind: TokenKind): boolean {
  return kind === 'rtcUid' || kind === 'rtcAccount' || kind === 'rtcRtm';
}

/** The fields a token type uses, in display order (credentials excluded). */
export function fieldsFor(kind: TokenKind, perPrivilege: boolean): FieldName[] {
  switch (kind) {
    case 'rtcUid':
    case 'rtcAccount':
    case 'rtcRtm': {
      const who: FieldName = kind === 'rtcUid' ? 'uid' : 'account';
      const expiries: FieldName[] = perPrivilege
        ? ['tokenLifetime', 'joinExpire', 'audioExpire', 'videoExpire', 'dataExpire']
        : ['tokenLifetime', 'privilegeLifetime'];
      // Per-privilege expiries replace the role: the privileges are listed one by one.
      return perPrivilege && kind !== 'rtcRtm' ? ['channel', who, ...expiries] : ['channel', who, 'role', ...expiries];
    }
    case 'rtm':
      return ['userId', 'streamChannel', 'tokenLifetime'];
    case 'chatUser':
      return ['userId', 'tokenLifetime'];
    case 'chatApp':
    case 'apaasApp':
      return ['tokenLifetime'];
    case 'fpa':
      return [];
    case 'apaasRoomUser':
      return ['roomUuid', 'userUuid', 'apaasRole', 'tokenLifetime'];
    case 'apaasUser':
      return ['userUuid', 'tokenLifetime'];
  }
}

export const initialForm: FormState = {
  kind: 'rtcUid',
  appId: '',
  certificate: '',
  channel: 'demo',
  uid: '1234',
  account: 'alice',
  userId: 'alice',
  streamChannel: '',
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

// The parameters every builder kind shares (each kind's own parameter type sits beside its
// record in builders.ts), those of the low-level buildAccessToken2, and the uid text that 006
// and 007 builders alike write for a uid parameter.
import type {ServiceSpec} from './services';

/** RTC role: 1 publisher (join + publish audio, video, data), 2 subscriber (join only). */
export type RtcRole = 1 | 2 | 'publisher' | 'subscriber';
/** Numeric RTC roles, as agora-token's RtcRole. */
export const RtcRole = {PUBLISHER: 1, SUBSCRIBER: 2} as const;

/** The uid text a 006 or 007 builder writes and signs, as agora-token does: the number 0 becomes "" (any uid), anything else its decimal text. */
export function uidText(uid: number | string): string {
  return uid === 0 ? '' : String(uid);
}

/** Inputs every builder takes. `salt` and `issueTs` default to a random salt and the clock. */
export interface CommonParams {
  /** 32 hex characters from Agora Console. */
  appId: string;
  /** 32 hex characters; used as text, so letter case matters. */
  appCertificate: string;
  /** 1..2^32-1; default: random 1..99999999. */
  salt?: number;
  /** Unix seconds; default: now. */
  issueTs?: number;
}

/** Per-privilege expiries (seconds after issueTs), shared by the "with privileges" builders. */
export interface RtcPrivilegeExpiries {
  joinChannelPrivilegeExpire: number;
  pubAudioPrivilegeExpire: number;
  pubVideoPrivilegeExpire: number;
  pubDataStreamPrivilegeExpire: number;
}

/** Low-level 007 input: any services, in any order (they are written in ascending type order). */
export interface AccessToken2Params extends CommonParams {
  /** Seconds after issueTs until the token expires. */
  expire: number;
  services: ServiceSpec[];
}

// How the form travels in a share link: the App ID and every field the token type uses, never
// the certificate.
import {allKinds, fieldsFor, isRtc, type FormState} from './form';

// Share-link parameter for each form field. The certificate has none, on purpose.
const params: Partial<Record<keyof FormState, string>> = {
  kind: 'type',
  appId: 'appId',
  channel: 'channel',
  uid: 'uid',
  account: 'account',
  userId: 'userId',
  streamChannel: 'streamChannel',
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
      // Links made before the form used the engine's builder names spell them "rtc-uid".
      const kind = value.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      if ((allKinds as string[]).includes(kind)) out.kind = kind;
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

// The playground's only link to the token engine: it turns the form's text fields into a
// builder call and the engine's findings back into per-field messages. The engine validates,
// builds and decodes; nothing here knows the token format.
// Values come from the engine's modules rather than its index: the bundler then ships this page
// only the builder and decoder, not the inspector's diagnosis (types still come from the index).
import {buildToken, validateBuildParams} from '@site/src/token/build';
import {decodeToken} from '@site/src/token/decode';
import type {BuilderKind, FieldIssue} from '@site/src/token';
import type {FieldName, FormState} from './form';

export type PrivilegeView = {service: string; name: string; expiresAt: number | null};

export type BuiltToken = {
  ok: true;
  token: string;
  issueTs: number;
  expiresAt: number;
  privileges: PrivilegeView[];
  warnings: Partial<Record<FieldName, string>>;
};

export type BuildFailure = {
  ok: false;
  errors: Partial<Record<FieldName, string>>;
  warnings: Partial<Record<FieldName, string>>;
};

export type BuildOutcome = BuiltToken | BuildFailure;

// Engine parameter name → the form field that holds it.
const formFieldOf: Record<string, FieldName> = {
  appId: 'appId',
  appCertificate: 'certificate',
  channelName: 'channel',
  uid: 'uid',
  account: 'account',
  rtcAccount: 'account',
  rtmUserId: 'account',
  userId: 'userId',
  streamChannel: 'streamChannel',
  role: 'role',
  rtcRole: 'role',
  tokenExpire: 'tokenLifetime',
  rtcTokenExpire: 'tokenLifetime',
  rtmTokenExpire: 'tokenLifetime',
  expire: 'tokenLifetime',
  privilegeExpire: 'privilegeLifetime',
  joinChannelPrivilegeExpire: 'joinExpire',
  pubAudioPrivilegeExpire: 'audioExpire',
  pubVideoPrivilegeExpire: 'videoExpire',
  pubDataStreamPrivilegeExpire: 'dataExpire',
  roomUuid: 'roomUuid',
  userUuid: 'userUuid',
};

/**
 * A number field as the engine should see it: digits become a number (so the engine can say
 * "1.5 is not an integer" or "out of range"), anything else stays text for the engine to
 * reject with the typed value in its message.
 */
function num(text: string): number | string {
  const t = text.trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : text;
}

const numberFields = new Set<FieldName>([
  'uid', 'tokenLifetime', 'privilegeLifetime', 'joinExpire', 'audioExpire', 'videoExpire', 'dataExpire', 'apaasRole',
]);

function paramsFor(form: FormState): {kind: BuilderKind; params: Record<string, unknown>} {
  const creds = {appId: form.appId, appCertificate: form.certificate};
  const privileges = {
    joinChannelPrivilegeExpire: num(form.joinExpire),
    pubAudioPrivilegeExpire: num(form.audioExpire),
    pubVideoPrivilegeExpire: num(form.videoExpire),
    pubDataStreamPrivilegeExpire: num(form.dataExpire),
  };
  const rtc = {...creds, channelName: form.channel, role: form.role, tokenExpire: num(form.tokenLifetime), privilegeExpire: num(form.privilegeLifetime)};
  const expire = num(form.tokenLifetime);
  switch (form.kind) {
    case 'rtc-uid':
      return form.perPrivilege
        ? {kind: 'rtcUidPrivileges', params: {...creds, channelName: form.channel, uid: num(form.uid), tokenExpire: expire, ...privileges}}
        : {kind: 'rtcUid', params: {...rtc, uid: num(form.uid)}};
    case 'rtc-account':
      return form.perPrivilege
        ? {kind: 'rtcAccountPrivileges', params: {...creds, channelName: form.channel, account: form.account, tokenExpire: expire, ...privileges}}
        : {kind: 'rtcAccount', params: {...rtc, account: form.account}};
    case 'rtc-rtm':
      return form.perPrivilege
        ? {
            kind: 'rtcRtm2',
            params: {
              ...creds,
              channelName: form.channel,
              rtcAccount: form.account,
              rtcRole: form.role,
              rtcTokenExpire: expire,
              ...privileges,
              rtmUserId: form.account,
              rtmTokenExpire: expire,
            },
          }
        : {kind: 'rtcRtm', params: {...rtc, account: form.account}};
    case 'rtm':
      // An empty stream channel means a plain login token, not an empty channel name.
      return {kind: 'rtm', params: {...creds, userId: form.userId, expire, ...(form.streamChannel.trim() === '' ? {} : {streamChannel: form.streamChannel})}};
    case 'chat-user':
      return {kind: 'chatUser', params: {...creds, userId: form.userId, expire}};
    case 'chat-app':
      return {kind: 'chatApp', params: {...creds, expire}};
    case 'fpa':
      return {kind: 'fpa', params: creds};
    case 'apaas-room-user':
      return {kind: 'apaasRoomUser', params: {...creds, roomUuid: form.roomUuid, userUuid: form.userUuid, role: num(form.apaasRole), expire}};
    case 'apaas-user':
      return {kind: 'apaasUser', params: {...creds, userUuid: form.userUuid, expire}};
    case 'apaas-app':
      return {kind: 'apaasApp', params: {...creds, expire}};
  }
}

function fieldOf(issue: FieldIssue, form: FormState): FieldName | null {
  if (issue.field === 'role' && form.kind === 'apaas-room-user') return 'apaasRole';
  return formFieldOf[issue.field] ?? null;
}

const serviceLabels: Record<string, string> = {rtc: 'RTC', rtm: 'RTM', chat: 'Chat', fpa: 'FPA', apaas: 'Classroom', rtm2: 'RTM'};

/** "publishAudioStream" → "publish audio stream". */
export function privilegeLabel(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function serviceLabel(name: string): string {
  return serviceLabels[name] ?? name.toUpperCase();
}

/** Validates the form with the engine and, when nothing blocks it, builds and decodes the token. */
export function buildFromForm(form: FormState): BuildOutcome {
  const {kind, params} = paramsFor(form);
  const errors: Partial<Record<FieldName, string>> = {};
  const warnings: Partial<Record<FieldName, string>> = {};
  for (const issue of validateBuildParams(kind, params as never)) {
    const field = fieldOf(issue, form);
    if (!field) continue;
    const target = issue.severity === 'error' ? errors : warnings;
    target[field] ??= issue.message;
  }
  // An empty number field: the engine would report a string where a number belongs; say it plainly.
  for (const field of Object.keys(errors) as FieldName[]) {
    if (numberFields.has(field) && form[field as keyof FormState] === '') errors[field] = 'This field is empty: type a whole number.';
  }
  if (Object.keys(errors).length > 0) return {ok: false, errors, warnings};
  let token: string;
  try {
    token = buildToken(kind, params as never);
  } catch (e) {
    // validateBuildParams found nothing, so the builder should not throw; if it does, show why
    // instead of a token that may not match the form.
    return {ok: false, errors: {appId: e instanceof Error ? e.message : String(e)}, warnings};
  }
  const decoded = decodeToken(token);
  if (!decoded.ok || decoded.token.version !== '007') {
    return {ok: false, errors: {appId: 'The engine built a token it cannot read back; please report this.'}, warnings};
  }
  const t = decoded.token;
  const privileges: PrivilegeView[] = t.services.flatMap((s) =>
    s.privileges.map((p) => ({service: serviceLabel(s.name), name: privilegeLabel(p.name), expiresAt: p.expiresAt})),
  );
  return {ok: true, token, issueTs: t.issueTs, expiresAt: t.expiresAt, privileges, warnings};
}

// The playground's only link to the token engine: it turns the form's text fields into a
// builder's parameters, and the engine's findings back into per-field messages. The engine
// validates and builds; nothing here knows the token format.
import {
  buildTokenDetails,
  numberOrText,
  privilegeName,
  privilegeWords,
  SERVICES,
  validateBuildParams,
  type BuilderKind,
  type ServiceTypeId,
} from '@site/src/token';
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

/** A builder call made from the form, and for each parameter the form field it came from. */
type BuilderCall = {kind: BuilderKind; params: Record<string, unknown>; source: Record<string, FieldName>; numeric: Set<FieldName>};

/** The builder and parameters the form asks for. */
export function paramsFor(form: FormState): BuilderCall {
  const call: BuilderCall = {kind: form.kind, params: {}, source: {}, numeric: new Set()};
  const put = (param: string, field: Exclude<FieldName, 'role'> | 'role', asNumber = false) => {
    call.source[param] = field;
    call.params[param] = asNumber ? numberOrText(form[field]) : form[field];
    if (asNumber) call.numeric.add(field);
  };
  const privileges = () => {
    put('joinChannelPrivilegeExpire', 'joinExpire', true);
    put('pubAudioPrivilegeExpire', 'audioExpire', true);
    put('pubVideoPrivilegeExpire', 'videoExpire', true);
    put('pubDataStreamPrivilegeExpire', 'dataExpire', true);
  };
  put('appId', 'appId');
  put('appCertificate', 'certificate');
  switch (form.kind) {
    case 'rtcUid':
    case 'rtcAccount': {
      const byUid = form.kind === 'rtcUid';
      put('channelName', 'channel');
      if (byUid) put('uid', 'uid', true);
      else put('account', 'account');
      put('tokenExpire', 'tokenLifetime', true);
      if (form.perPrivilege) {
        call.kind = byUid ? 'rtcUidPrivileges' : 'rtcAccountPrivileges';
        privileges();
      } else {
        put('role', 'role');
        put('privilegeExpire', 'privilegeLifetime', true);
      }
      break;
    }
    case 'rtcRtm':
      put('channelName', 'channel');
      if (form.perPrivilege) {
        // The RTC user and the RTM user are the same account, and RTM login lasts as long as the token.
        call.kind = 'rtcRtm2';
        put('rtcAccount', 'account');
        put('rtcRole', 'role');
        put('rtcTokenExpire', 'tokenLifetime', true);
        privileges();
        put('rtmUserId', 'account');
        put('rtmTokenExpire', 'tokenLifetime', true);
      } else {
        put('account', 'account');
        put('role', 'role');
        put('tokenExpire', 'tokenLifetime', true);
        put('privilegeExpire', 'privilegeLifetime', true);
      }
      break;
    case 'rtm':
      put('userId', 'userId');
      put('expire', 'tokenLifetime', true);
      // An empty stream channel means a plain login token, not an empty channel name.
      if (form.streamChannel.trim() !== '') put('streamChannel', 'streamChannel');
      break;
    case 'chatUser':
      put('userId', 'userId');
      put('expire', 'tokenLifetime', true);
      break;
    case 'apaasRoomUser':
      put('roomUuid', 'roomUuid');
      put('userUuid', 'userUuid');
      put('role', 'apaasRole', true);
      put('expire', 'tokenLifetime', true);
      break;
    case 'apaasUser':
      put('userUuid', 'userUuid');
      put('expire', 'tokenLifetime', true);
      break;
    case 'chatApp':
    case 'apaasApp':
      put('expire', 'tokenLifetime', true);
      break;
    case 'fpa':
      break;
  }
  return call;
}

/** Validates the form with the engine and, when nothing blocks it, builds the token. */
export function buildFromForm(form: FormState): BuildOutcome {
  const {kind, params, source, numeric} = paramsFor(form);
  const errors: Partial<Record<FieldName, string>> = {};
  const warnings: Partial<Record<FieldName, string>> = {};
  for (const issue of validateBuildParams(kind, params as never)) {
    const field = source[issue.field];
    if (!field) continue;
    const target = issue.severity === 'error' ? errors : warnings;
    target[field] ??= issue.message;
  }
  // An empty number field: the engine would report a string where a number belongs; say it plainly.
  for (const field of Object.keys(errors) as FieldName[]) {
    if (numeric.has(field) && form[field as keyof FormState] === '') errors[field] = 'This field is empty: type a whole number.';
  }
  if (Object.keys(errors).length > 0) return {ok: false, errors, warnings};
  try {
    const built = buildTokenDetails(kind, params as never);
    const privileges: PrivilegeView[] = built.services.flatMap((s) =>
      Object.keys(s.privileges)
        .map(Number)
        .sort((a, b) => a - b)
        .map((id) => {
          const expire = s.privileges[id];
          const service = SERVICES[s.type as ServiceTypeId];
          return {service: service.label, name: privilegeWords(privilegeName(s.type, id)), expiresAt: expire === 0 ? null : built.issueTs + expire};
        }),
    );
    return {ok: true, token: built.token, issueTs: built.issueTs, expiresAt: built.expiresAt, privileges, warnings};
  } catch (e) {
    // validateBuildParams found nothing, so the builder should not throw; if it does, show why
    // instead of a token that may not match the form.
    return {ok: false, errors: {appId: e instanceof Error ? e.message : String(e)}, warnings};
  }
}

// Predicts whether Agora Chat accepts a token: an SDK login as one user (a token with user
// privileges) or a RESTful API call (a token with app privileges), as far as Agora documents
// Chat's token errors. The error names are those of Agora's Chat error-code pages (Android, iOS,
// Web; Flutter and React Native report the Android and iOS codes).
import {nowSeconds} from './crypto';
import {decodeToken, type DecodeResult, type DecodedToken007} from './decode';
import {recogniseLegacyKey} from './legacy';
import {explainRepair} from './repairs';
import type {DecodedService} from './services';
import {MAX_LIFETIME_SECONDS} from './validate';
import {verifyToken} from './verify';

/** What the client does with the token. */
export interface ChatAttempt {
  /** `login`: the Chat SDK logs in as `userId` (user token); `rest`: a RESTful API call (app token). */
  use: 'login' | 'rest';
  /** App ID of the Agora project whose Chat App Key the client uses; '' when unknown (not compared). */
  appId: string;
  /** The Chat user ID the SDK logs in with (ignored for `rest`). */
  userId?: string;
  /** Unix time of the attempt in seconds; default now. */
  now?: number;
  /** When given, the signature is checked too (it stays in memory only). */
  appCertificate?: string;
}

/** Kind of a Chat finding: how Agora Chat rejects the token, or advice. */
export type ChatFindingKind = 'no-token' | 'invalid-token' | 'token-expired' | 'warning' | 'info';

export interface ChatFinding {
  kind: ChatFindingKind;
  title: string;
  reason: string;
  fix: string;
}

export interface ChatDiagnosis {
  verdict: 'accepted' | 'rejected';
  /** Why it is rejected, in the terms of the first blocking finding; null when accepted. */
  error: 'no-token' | 'invalid-token' | 'token-expired' | null;
  /** The SDK's own names for that error, per platform (empty for RESTful calls and acceptance). */
  sdkErrors: string;
  summary: string;
  /** Blocking problems first, then warnings and information. */
  findings: ChatFinding[];
  signature: 'valid' | 'invalid' | 'unchecked';
}

/** The Chat SDKs' names for each rejection (Agora Chat error-code pages). */
export const CHAT_SDK_ERRORS: Record<'no-token' | 'invalid-token' | 'token-expired', string> = {
  'no-token': 'Android: 104 INVALID_TOKEN (the user token is empty or invalid); Web: 28 WEBIM_CONNCTION_TOKEN_NOT_ASSIGN_ERROR',
  'invalid-token': 'Android: 104 INVALID_TOKEN or 202 USER_AUTHENTICATION_FAILED; iOS: 202 AgoraChatErrorUserAuthenticationFailed',
  'token-expired': 'Android: 108 TOKEN_EXPIRED; iOS: 108 AgoraChatErrorTokenExpire',
};

const RANK: Record<ChatFindingKind, number> = {'no-token': 0, 'invalid-token': 1, 'token-expired': 2, warning: 3, info: 4};
const USER_PRIVILEGE = 1;
const APP_PRIVILEGE = 2;

function when(unix: number): string {
  return new Date(unix * 1000).toISOString().replace('.000Z', 'Z');
}

function finish(findings: ChatFinding[], signature: ChatDiagnosis['signature'], attempt: ChatAttempt): ChatDiagnosis {
  findings.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  const first = findings[0];
  const action = attempt.use === 'login' ? `Chat login as ${JSON.stringify(attempt.userId ?? '')}` : 'Chat RESTful API call';
  if (first && (first.kind === 'no-token' || first.kind === 'invalid-token' || first.kind === 'token-expired')) {
    const sdkErrors = attempt.use === 'login' ? CHAT_SDK_ERRORS[first.kind] : '';
    return {verdict: 'rejected', error: first.kind, sdkErrors, summary: `${action} fails: ${first.title}`, findings, signature};
  }
  const what = attempt.use === 'login' ? 'App ID, user, signature and expiry all match' : 'App ID, app privilege, signature and expiry all match';
  return {
    verdict: 'accepted',
    error: null,
    sdkErrors: '',
    summary: signature === 'valid' ? `Agora Chat accepts this ${action.replace(/^Chat /, '')}: ${what}.` : `Agora Chat accepts this ${action.replace(/^Chat /, '')} if the token was signed with the project's App Certificate (give the certificate to check the signature).`,
    findings,
    signature,
  };
}

function checkServices(t: DecodedToken007, attempt: ChatAttempt, now: number, findings: ChatFinding[]): void {
  const chat = t.services.filter((s): s is Extract<DecodedService, {type: 5}> => s.type === 5);
  const cap = t.issueTs + Math.min(t.expire, MAX_LIFETIME_SECONDS);
  if (chat.length === 0) {
    const names = t.services.map((s) => s.name.toUpperCase()).join(', ') || 'no service';
    findings.push({
      kind: 'invalid-token',
      title: 'the token has no Chat service',
      reason: `It carries ${names}. Agora Chat accepts only a token with the Chat service: user privileges for an SDK login, app privileges for RESTful API calls.`,
      fix: attempt.use === 'login' ? `Build a Chat user token (ChatTokenBuilder.buildUserToken) for the user ID ${JSON.stringify(attempt.userId ?? '')}.` : 'Build a Chat app token (ChatTokenBuilder.buildAppToken).',
    });
    return;
  }
  const wanted = attempt.use === 'login' ? USER_PRIVILEGE : APP_PRIVILEGE;
  const candidates = chat.filter((s) => s.privileges.some((p) => p.id === wanted));
  if (candidates.length === 0) {
    findings.push(attempt.use === 'login'
      ? {kind: 'invalid-token', title: 'this is a Chat app token, not a user token', reason: 'The token has Chat app privileges only. Agora uses app tokens for Chat RESTful API calls; the SDK logs in with a token that has user privileges for one user.', fix: `Build a user token (ChatTokenBuilder.buildUserToken) for the user ID ${JSON.stringify(attempt.userId ?? '')} and pass that to login; keep the app token on your server.`}
      : {kind: 'invalid-token', title: 'this is a Chat user token, not an app token', reason: 'The token has Chat user privileges only. Agora\'s Chat RESTful APIs accept app tokens only.', fix: 'Build an app token (ChatTokenBuilder.buildAppToken) on your server for RESTful API calls, and send it as Authorization: Bearer.'});
    return;
  }
  let service = candidates[0];
  if (attempt.use === 'login') {
    const userId = attempt.userId ?? '';
    const mine = candidates.find((s) => s.userId === userId);
    if (!mine) {
      const other = candidates[0].userId;
      const close = other.toLowerCase() === userId.toLowerCase() || other.trim() === userId.trim();
      findings.push({
        kind: 'invalid-token',
        title: 'wrong Chat user',
        reason: `The token was built for the Chat user ${JSON.stringify(other)} but the SDK logs in as ${JSON.stringify(userId)}.${close ? ' They differ only in letter case or spaces: user IDs are compared exactly.' : ''} A Chat user token logs in the one user it was built for.`,
        fix: `Request the token for the user ID the client logs in with, and pass that same ID to login.${/^[0-9a-f]{32}$/.test(other) ? ` ${JSON.stringify(other)} looks like an MD5 digest: Agora's APaaS (Flexible Classroom) tokens carry the Chat user as MD5 of the user's UUID.` : ''}`,
      });
      return;
    }
    service = mine;
  }
  const privilege = service.privileges.find((p) => p.id === wanted);
  if (privilege && privilege.expiresAt !== null && privilege.expiresAt <= now && now < cap) {
    findings.push({kind: 'token-expired', title: `the Chat ${attempt.use === 'login' ? 'user' : 'app'} privilege expired`, reason: `It ended at ${when(privilege.expiresAt)} although the token lasts until ${when(cap)}.`, fix: 'Build the token with the same lifetime for the token and the privilege, as ChatTokenBuilder does, or fetch a new one.'});
  }
}

/**
 * Predicts whether Agora Chat accepts this token for an SDK login as one user (`use: 'login'`)
 * or a RESTful API call (`use: 'rest'`), and if not, why and how to fix it. Pass '' for a login
 * without a token. Never throws.
 */
export function diagnoseChat(token: string | DecodeResult, attempt: ChatAttempt): ChatDiagnosis {
  const use: ChatAttempt['use'] = attempt?.use === 'rest' ? 'rest' : 'login';
  const a: ChatAttempt = {
    use,
    appId: typeof attempt?.appId === 'string' ? attempt.appId : '',
    userId: typeof attempt?.userId === 'string' ? attempt.userId : '',
    now: typeof attempt?.now === 'number' && Number.isFinite(attempt.now) ? attempt.now : nowSeconds(),
    appCertificate: typeof attempt?.appCertificate === 'string' && attempt.appCertificate !== '' ? attempt.appCertificate : undefined,
  };
  const now = a.now as number;
  const findings: ChatFinding[] = [];
  try {
    if (typeof token === 'string' && token.trim() === '') {
      findings.push({
        kind: 'no-token',
        title: 'no token',
        reason: use === 'login' ? 'The Chat SDK logs in a user with a token that has user privileges; without one the login fails.' : 'Agora\'s Chat RESTful APIs authenticate every request with an app token.',
        fix: use === 'login' ? `Fetch a Chat user token for ${JSON.stringify(a.userId)} from your token server and pass it to login.` : 'Build an app token on your server and send it as Authorization: Bearer.',
      });
      return finish(findings, 'unchecked', a);
    }
    const result = typeof token === 'string' ? decodeToken(token) : token;
    if (!result.ok) {
      const legacy = result.text !== undefined && result.error.part === 'prefix' ? recogniseLegacyKey(result.text) : null;
      findings.push(legacy
        ? {kind: 'invalid-token', title: 'this is a legacy dynamic key, not a token', reason: result.error.message, fix: 'Build a version 007 Chat token (ChatTokenBuilder) on the server.'}
        : {kind: 'invalid-token', title: 'Agora cannot read this token', reason: `${result.error.message} (${result.error.part})`, fix: 'Pass the token exactly as the server returned it: the whole string, starting with 007.'});
      return finish(findings, 'unchecked', a);
    }
    const t = result.token;
    if (t.version === '006') {
      findings.push({kind: 'invalid-token', title: 'a 006 token has no Chat service', reason: 'Version 006 tokens carry RTC and RTM privileges only. Chat tokens are version 007 tokens with the Chat service.', fix: 'Build the token with ChatTokenBuilder (npm agora-token, or the builder for your server language).'});
      return finish(findings, 'unchecked', a);
    }
    if (a.appId !== '' && t.appId !== a.appId) {
      findings.push({kind: 'invalid-token', title: 'App ID mismatch', reason: `The token was built for App ID ${t.appId}, but the client's Chat App Key belongs to the project with App ID ${a.appId}.${t.appId.toLowerCase() === a.appId.toLowerCase() ? ' They differ only in letter case.' : ''}`, fix: 'Build Chat tokens with the App ID and App Certificate of the project whose App Key the client uses.'});
    }
    let signature: ChatDiagnosis['signature'] = 'unchecked';
    if (a.appCertificate) {
      const v = verifyToken(t, a.appCertificate);
      signature = v.status === 'valid' ? 'valid' : v.status === 'invalid' ? 'invalid' : 'unchecked';
      if (v.status === 'invalid') findings.push({kind: 'invalid-token', title: 'the signature does not match the App Certificate', reason: v.message, fix: 'Build the token with the App Certificate of the project whose App Key the client uses, exactly as Agora Console shows it.'});
      else if (v.status === 'unchecked') findings.push({kind: 'info', title: 'signature not checked', reason: v.message, fix: 'Check the App Certificate field: 32 hexadecimal characters, exactly as Agora Console shows it.'});
    } else {
      findings.push({kind: 'info', title: 'signature not checked', reason: 'Without the App Certificate the signature cannot be checked.', fix: 'Give the App Certificate to check the signature.'});
    }
    const cap = t.issueTs + Math.min(t.expire, MAX_LIFETIME_SECONDS);
    if (now >= cap) {
      findings.push({
        kind: 'token-expired',
        title: 'token expired',
        reason: t.expire === 0 ? 'Its lifetime is 0: it was expired when it was issued.' : `It was issued at ${when(t.issueTs)} and stopped at ${when(cap)}${t.expire > MAX_LIFETIME_SECONDS ? ' (Agora gives Chat tokens at most 24 hours)' : ''}.`,
        fix: t.expire === 0 ? 'Build the token with its lifetime in seconds, e.g. 3600.' : use === 'login' ? 'Fetch a new user token and renew it when the SDK says it will expire (onTokenWillExpire).' : 'Build a new app token before the old one expires.',
      });
    } else if (t.expire > MAX_LIFETIME_SECONDS) {
      findings.push({kind: 'warning', title: 'lifetime longer than 24 hours', reason: `It asks for ${t.expire} s, but Agora gives Chat tokens at most 24 hours.`, fix: 'Ask for at most 86400 seconds and renew the token before it expires.'});
    }
    if (t.stoppedAt) findings.push({kind: 'warning', title: 'part of the token could not be read', reason: t.stoppedAt.reason, fix: 'Services after the unknown one are not checked here.'});
    checkServices(t, a, now, findings);
    const diagnosis = finish(findings, signature, a);
    if (result.repairs.length === 0) return diagnosis;
    // Agora checks the exact string the client sends: a token changed on its way is rejected as given.
    const explained = result.repairs.map(explainRepair);
    const first = explained[0].cause.split(':')[0];
    const changed: ChatFinding = {
      kind: 'invalid-token',
      title: `the token was changed on its way: ${first}`,
      reason: `Agora checks the exact string the client sends, and this one is not the token the server built: ${explained.map((r) => r.cause).join('; ')}. Once sent intact: ${diagnosis.summary}`,
      fix: `Send the token intact: ${[...new Set(explained.map((r) => r.fix))].join('; ')}.`,
    };
    return finish([changed, ...diagnosis.findings], diagnosis.signature, a);
  } catch (e) {
    findings.push({kind: 'invalid-token', title: 'the token could not be checked', reason: e instanceof Error ? e.message : String(e), fix: 'Pass the token exactly as the server returned it.'});
    return finish(findings, 'unchecked', a);
  }
}

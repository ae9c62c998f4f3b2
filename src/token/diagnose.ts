// Predicts what Agora does when a client joins an RTC channel with a token, in Agora's own
// terms (101, 109, 110, joins but cannot publish), with the reason and the fix.
import {crc32, nowSeconds} from './crypto';
import {decodeToken, type DecodedToken, type DecodedToken006, type DecodedToken007} from './decode';
import {uidText} from './legacy';
import type {DecodedPrivilege, DecodedService} from './services';
import {isWildcardPattern, looksLikeMilliseconds, matchesWildcard, MAX_LIFETIME_SECONDS, validateAppId} from './validate';
import {verifyToken} from './verify';

/** What the client will do: the arguments of `client.join(appId, channel, token, uid)` and more. */
export interface JoinAttempt {
  appId: string;
  channelName: string;
  /** A number joins with an integer uid (0: the SDK assigns one); a string joins with a user account. */
  uid: number | string;
  /** Whether the client will publish audio, video or data. */
  publish?: boolean;
  /** Unix time of the join in seconds; default now. */
  now?: number;
  /** When given, the signature is checked too (it stays in memory only). */
  appCertificate?: string;
}

/** Kind of a finding: an Agora error code, a publish failure, or advice. */
export type FindingCode = 101 | 109 | 110 | 'cannot-publish' | 'warning' | 'info';

/** One problem or remark, with the reason in plain words and how to fix it. */
export interface Finding {
  code: FindingCode;
  title: string;
  reason: string;
  fix: string;
}

/** The overall prediction for a join attempt. */
export interface Diagnosis {
  /** `rejected`: the join fails with `code`; `joins-cannot-publish`: joins, publishing fails. */
  verdict: 'joins' | 'joins-cannot-publish' | 'rejected';
  /** Agora error code of a rejection (101 invalid App ID, 109 expired, 110 invalid token or another project's App ID), else null. */
  code: 101 | 109 | 110 | null;
  /** One sentence summarising the verdict. */
  summary: string;
  /** Blocking problems first (in the order they are checked), then warnings and information. */
  findings: Finding[];
  /** Result of the signature check; `unchecked` without a certificate. */
  signature: 'valid' | 'invalid' | 'unchecked';
}

const RANK: Record<string, number> = {101: 0, 110: 1, 109: 2, 'cannot-publish': 3, warning: 4, info: 5};

function when(unix: number): string {
  if (!Number.isFinite(unix) || unix < 0 || unix > 8.64e12) return String(unix);
  return new Date(unix * 1000).toISOString().replace('.000Z', 'Z');
}

function span(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172800) return `${Math.round(s / 3600)} h`;
  if (s < 63072000) return `${Math.round(s / 86400)} days`;
  return `${Math.round(s / 31557600)} years`;
}

function finish(findings: Finding[], signature: Diagnosis['signature']): Diagnosis {
  findings.sort((a, b) => RANK[String(a.code)] - RANK[String(b.code)]);
  const first = findings[0];
  if (first && (first.code === 101 || first.code === 109 || first.code === 110)) {
    return {verdict: 'rejected', code: first.code, summary: `Join fails with error ${first.code}: ${first.title}`, findings, signature};
  }
  if (first && first.code === 'cannot-publish') {
    return {verdict: 'joins-cannot-publish', code: null, summary: `Joins, but cannot publish: ${first.title}`, findings, signature};
  }
  return {verdict: 'joins', code: null, summary: signature === 'valid' ? 'Agora accepts this join: App ID, channel, uid, signature and expiry all match.' : 'Agora accepts this join if the token was signed with the project\'s current App Certificate (give the certificate to check the signature).', findings, signature};
}

function expiryAdvice(expire: number, field: string, findings: Finding[]): void {
  if (expire >= 1e9) {
    findings.push({
      code: 'warning',
      title: `${field} looks like an absolute Unix time`,
      reason: `${field} is ${expire}: in a 007 token it counts seconds after the issue time, so this asks for about ${span(expire)}. This is the 006 habit of passing "now + lifetime".`,
      fix: 'Pass the lifetime in seconds, e.g. 3600 for one hour, not a timestamp.',
    });
  } else if (looksLikeMilliseconds(expire)) {
    findings.push({
      code: 'warning',
      title: `${field} looks like milliseconds`,
      reason: `${field} is ${expire}: in a 007 token it counts seconds, so this asks for ${span(expire)}, where ${expire / 1000} seconds (${span(expire / 1000)}) was probably meant. Agora stops accepting a token 24 hours after it was issued.`,
      fix: `Pass the lifetime in seconds: ${expire / 1000}, not ${expire}.`,
    });
  } else if (expire > MAX_LIFETIME_SECONDS) {
    findings.push({
      code: 'warning',
      title: `${field} is longer than 24 hours`,
      reason: `${field} asks for ${span(expire)}, but Agora stops accepting a token 24 hours after it was issued.`,
      fix: 'Ask for at most 86400 seconds and renew the token on token-privilege-will-expire.',
    });
  }
}

function signatureFinding(status: Diagnosis['signature'], message: string, findings: Finding[]): void {
  if (status === 'invalid') {
    findings.push({code: 110, title: 'the signature does not match the App Certificate', reason: message, fix: 'Build the token with a certificate enabled for the same project as the App ID (the primary one, or the secondary one while it is enabled: Agora Console, project settings), and redeploy the token server with it.'});
  } else if (status === 'unchecked') {
    findings.push({
      code: 'info',
      title: 'signature not checked',
      reason: message || 'Without the App Certificate the signature cannot be checked; a token signed with a certificate that is not enabled for the project fails with 110.',
      fix: message ? 'Check the App Certificate field: 32 hexadecimal characters, exactly as Agora Console shows it.' : 'Enter the App Certificate to check it (it never leaves this page).',
    });
  }
}

/**
 * Agora reports 110 when the App ID differs from the token's, and 101 for an App ID that is not
 * valid at all (docs.agora.io, "How to deal with token-related error codes?").
 */
function appIdFinding(tokenAppId: string, joinAppId: string, findings: Finding[]): void {
  if (tokenAppId === joinAppId) return;
  if (validateAppId(joinAppId)) {
    findings.push({
      code: 101,
      title: 'invalid App ID',
      reason: `The client joins with ${joinAppId === '' ? 'an empty App ID' : `${JSON.stringify(joinAppId)}`}, which is not an App ID: an App ID is 32 hexadecimal characters. The token is for App ID ${tokenAppId}.`,
      fix: 'Pass the App ID as a string, copied from your project in Agora Console: the same one your token server uses.',
    });
    return;
  }
  findings.push({
    code: 110,
    title: 'App ID mismatch',
    reason: `The token was built for App ID ${tokenAppId} but the client joins with ${joinAppId}.${tokenAppId.toLowerCase() === joinAppId.toLowerCase() ? ' They differ only in letter case.' : ''} (If the client's App ID belongs to no project at all, Agora reports 101, invalid App ID.)`,
    fix: 'Use the same project\'s App ID in the client and in the token server.',
  });
}

/** Agora's wildcard token: an empty or "*" channel, uid 0 or a "*" user; what it admits and the risk. */
function wildcardFinding(channelName: string, uid: string, privileges: DecodedPrivilege[], findings: Finding[]): void {
  const anyChannel = channelName === '' || isWildcardPattern(channelName);
  const anyUser = uid === '' || isWildcardPattern(uid);
  if (!anyChannel && !anyUser) return;
  const channels = channelName === '' || /^\*+$/.test(channelName) ? 'any channel' : `every channel matching ${JSON.stringify(channelName)}`;
  const users = uid === '' || /^\*+$/.test(uid) ? 'any user' : `every user matching ${JSON.stringify(uid)}`;
  const publishes = privileges.some((p) => p.id >= 2 && p.id <= 4);
  findings.push({
    code: publishes ? 'warning' : 'info',
    title: `wildcard token: ${anyChannel && anyUser ? `${channels}, ${users}` : anyChannel ? channels : users}`,
    reason: `The token admits ${anyUser ? users : 'this user'} to ${anyChannel ? channels : 'this channel'}${publishes ? ', with the right to publish' : ''}. Anyone who gets hold of it can do the same until it expires.`,
    fix: publishes
      ? 'Agora recommends giving wildcard tokens the subscriber role, and a token for the exact channel and user to those who publish.'
      : 'Keep wildcard tokens for users who join many channels or switch often; build tokens for the exact channel and user otherwise.',
  });
}

function checkUid(tokenUid: string, join: number | string, findings: Finding[]): boolean {
  if (typeof join === 'string' && join === '0') {
    findings.push({code: 'warning', title: 'the uid is the string "0"', reason: 'A string uid is a user account: "0" is an account named "0", not the wildcard uid 0.', fix: 'Join with the number 0 to let the SDK assign a uid, or with the real uid as a number.'});
  }
  if (tokenUid === '0') {
    findings.push({code: 'warning', title: 'the token uid is the string "0"', reason: 'PHP\'s official builder writes "0" for uid 0 where every other builder writes an empty uid; such a token works only for a user literally identified as "0".', fix: 'Build the token for the real uid, or for uid 0 with a builder that writes an empty uid (any of the other languages).'});
  }
  if (tokenUid === '') return true;
  // Agora's wildcard user ID: "*" matches any uid or account, "*" inside matches any run of characters.
  if (isWildcardPattern(tokenUid) && (join === 0 ? /^\*+$/.test(tokenUid) : matchesWildcard(tokenUid, String(join)))) return true;
  const tokenIsNumeric = /^(0|[1-9]\d*)$/.test(tokenUid) && Number(tokenUid) <= 4294967295;
  if (typeof join === 'number') {
    if (String(join) === tokenUid && join !== 0) return true;
    if (join === 0) {
      findings.push({code: 110, title: 'the client joins with uid 0 but the token is for one uid', reason: `With uid 0 the SDK assigns a random uid, which will not be ${JSON.stringify(tokenUid)}, the uid the token was built for.`, fix: `Join with uid ${tokenIsNumeric ? tokenUid : `the user account ${JSON.stringify(tokenUid)}`}, or build the token for uid 0 (any uid).`});
    } else if (!tokenIsNumeric) {
      findings.push({code: 110, title: 'uid type mismatch: the token is for a user account', reason: `The token was built for the user account ${JSON.stringify(tokenUid)} but the client joins with the integer uid ${join}.`, fix: 'Use one kind of id everywhere: join with the same user account (joinChannelWithUserAccount / a string uid), or build the token with buildTokenWithUid for the integer uid.'});
    } else {
      findings.push({code: 110, title: 'wrong uid', reason: `The token was built for uid ${tokenUid} but the client joins with uid ${join}.`, fix: 'Request the token for the uid the client joins with (send the uid to the token server), or build it for uid 0 to allow any uid.'});
    }
    return false;
  }
  if (join === tokenUid) return true;
  if (tokenIsNumeric && !/^\d+$/.test(join)) {
    findings.push({code: 110, title: 'uid type mismatch: the token is for an integer uid', reason: `The token was built for the integer uid ${tokenUid} but the client joins with the user account ${JSON.stringify(join)}.`, fix: 'Join with the integer uid the token was built for, or build the token with buildTokenWithUserAccount for this account.'});
  } else {
    findings.push({code: 110, title: 'wrong user account', reason: `The token was built for ${JSON.stringify(tokenUid)} but the client joins with ${JSON.stringify(join)}.`, fix: 'Request the token for the account the client joins with; ids are compared exactly, including letter case.'});
  }
  return false;
}

function channelMismatch(tokenChannels: string[], join: string): Finding {
  const close = tokenChannels.find((c) => c.toLowerCase() === join.toLowerCase() || c.trim() === join.trim());
  const hint = close !== undefined ? ` They differ only in ${close.toLowerCase() === join.toLowerCase() ? 'letter case' : 'spaces at the ends'}: channel names are compared exactly.` : '';
  return {
    code: 110,
    title: 'wrong channel',
    reason: `The token was built for channel ${tokenChannels.map((c) => JSON.stringify(c)).join(' or ')} but the client joins ${JSON.stringify(join)}.${hint}`,
    fix: 'Request the token for the exact channel name the client joins.',
  };
}

function publishFindings(privileges: DecodedPrivilege[], now: number, findings: Finding[]): void {
  const pubs = privileges.filter((p) => p.id === 2 || p.id === 3);
  if (pubs.length === 0) {
    findings.push({code: 'cannot-publish', title: 'the token has no publish privilege (subscriber role)', reason: 'The token allows joining only. When co-host authentication is enabled for the project, publishing fails; without it, Agora does not enforce the role.', fix: 'Build the token with the publisher role (1) for users who publish.'});
    return;
  }
  const expired = pubs.find((p) => p.expiresAt !== null && p.expiresAt <= now);
  if (expired) {
    findings.push({code: 'cannot-publish', title: `the ${expired.name} privilege expired`, reason: `It ended at ${when(expired.expiresAt as number)}, ${span(now - (expired.expiresAt as number))} ago; the token itself may still be valid.`, fix: 'Give the publish privileges the same lifetime as the token (privilegeExpire equal to tokenExpire, as Agora recommends), and renew the token on token-privilege-will-expire.'});
  }
}

function diagnose007(t: DecodedToken007, join: JoinAttempt, now: number, findings: Finding[]): Diagnosis['signature'] {
  appIdFinding(t.appId, join.appId, findings);
  if (t.stoppedAt) findings.push({code: 'warning', title: 'part of the token could not be read', reason: t.stoppedAt.reason, fix: 'Decode it with an up-to-date tool; services after the unknown one are not checked here.'});
  let signature: Diagnosis['signature'] = 'unchecked';
  let message = '';
  if (join.appCertificate) {
    const v = verifyToken(t, join.appCertificate);
    signature = v.status === 'valid' ? 'valid' : v.status === 'invalid' ? 'invalid' : 'unchecked';
    message = v.message;
  }
  signatureFinding(signature, message, findings);
  expiryAdvice(t.expire, 'expire', findings);
  const cap = t.issueTs + Math.min(t.expire, MAX_LIFETIME_SECONDS);
  if (t.issueTs > now + 300) {
    findings.push({code: 'warning', title: 'issued in the future', reason: `The token says it was issued at ${when(t.issueTs)}, ${span(t.issueTs - now)} after the join time: the token server's clock is wrong.`, fix: 'Synchronise the token server\'s clock (NTP).'});
  }
  if (now >= cap) {
    const capped = t.expire > MAX_LIFETIME_SECONDS;
    findings.push({
      code: 109,
      title: 'token expired',
      reason: t.expire === 0
        ? 'Its token lifetime (expire) is 0. A token lifetime of 0 makes a token that is already expired when it is issued; Agora rejects it with 109. (A privilege lifetime of 0 means the privilege itself does not expire; the token still does.)'
        : `It was issued at ${when(t.issueTs)} and ${capped ? 'Agora stops accepting tokens 24 hours after issue' : `expired ${span(t.expire)} later`}, at ${when(cap)} (${span(now - cap)} ago).`,
      fix: t.expire === 0
        ? 'Build the token with its lifetime in seconds, e.g. tokenExpire 3600, and give the privileges the same lifetime, as Agora recommends. (0 is meaningful for a privilege only: it never expires.)'
        : 'Fetch a new token for every join and renew it on token-privilege-will-expire; do not cache tokens longer than their lifetime.',
    });
  }
  const rtc = t.services.filter((s): s is Extract<DecodedService, {type: 1}> => s.type === 1);
  if (rtc.length === 0) {
    const names = t.services.map((s) => s.name.toUpperCase()).join(', ') || 'none';
    findings.push({code: 110, title: 'the token has no RTC service', reason: `It carries ${names} but joining a channel needs an RTC service.`, fix: 'Build an RTC token (buildTokenWithUid / buildTokenWithUserAccount), or an RTC+RTM token if the client needs both.'});
    return signature;
  }
  // An empty or "*" channel, or a pattern with "*", is Agora's wildcard channel.
  const inChannel = rtc.filter((s) => s.channelName === join.channelName || s.channelName === '' || (isWildcardPattern(s.channelName) && matchesWildcard(s.channelName, join.channelName)));
  if (inChannel.length === 0) {
    findings.push(channelMismatch(rtc.map((s) => s.channelName), join.channelName));
    return signature;
  }
  const uidFindings: Finding[] = [];
  const matched = inChannel.find((s) => {
    const local: Finding[] = [];
    const ok = checkUid(s.uid, join.uid, local);
    if (ok) uidFindings.splice(0, uidFindings.length, ...local);
    else if (uidFindings.length === 0) uidFindings.push(...local);
    return ok;
  });
  findings.push(...uidFindings);
  if (!matched) return signature;
  for (const p of matched.privileges) {
    if (p.expire >= 1e9 || looksLikeMilliseconds(p.expire)) expiryAdvice(p.expire, `privilege ${p.name}`, findings);
  }
  const joinPriv = matched.privileges.find((p) => p.id === 1);
  if (!joinPriv) {
    findings.push({code: 110, title: 'no join-channel privilege', reason: 'The RTC service lists no joinChannel privilege, so the token cannot be used to join.', fix: 'Build the token with one of the RTC builders, which always add joinChannel.'});
  } else if (joinPriv.expiresAt !== null && joinPriv.expiresAt <= now && now < cap) {
    findings.push({code: 109, title: 'the join privilege expired', reason: `joinChannel ended at ${when(joinPriv.expiresAt)} (${span(now - joinPriv.expiresAt)} ago) although the token lasts until ${when(cap)}.`, fix: 'Set privilegeExpire equal to the token lifetime, as Agora recommends, or fetch a new token before joining.'});
  }
  wildcardFinding(matched.channelName, matched.uid, matched.privileges, findings);
  if (join.publish) publishFindings(matched.privileges, now, findings);
  return signature;
}

function diagnose006(t: DecodedToken006, join: JoinAttempt, now: number, findings: Finding[]): Diagnosis['signature'] {
  findings.push({code: 'info', title: 'legacy 006 token', reason: 'This is a version 006 token. It still works, but new servers should issue version 007 tokens (npm agora-token, not agora-access-token).', fix: 'Move the token server to a builder of version 007 tokens, such as agora-token\'s RtcTokenBuilder.'});
  appIdFinding(t.appId, join.appId, findings);
  let signature: Diagnosis['signature'] = 'unchecked';
  const channelOk = crc32(join.channelName) === t.crcChannelName;
  const uid = uidText(join.uid);
  const wildcard = t.crcUid === crc32('');
  const uidOk = wildcard || crc32(uid) === t.crcUid;
  if (!channelOk) findings.push({code: 110, title: 'wrong channel', reason: `The token was not built for channel ${JSON.stringify(join.channelName)} (006 tokens store a checksum of the channel name, and it differs).`, fix: 'Request the token for the exact channel name the client joins.'});
  if (channelOk && !uidOk) {
    const php = join.uid === 0 && t.crcUid === crc32('0');
    findings.push(php
      ? {code: 110, title: 'the token uid is the string "0"', reason: 'PHP\'s builder writes "0" for uid 0, so the token is not the any-uid token the client expects when joining with uid 0.', fix: 'Build the token for the real uid, or use a builder that writes an empty uid for 0.'}
      : {code: 110, title: 'wrong uid', reason: `The token was not built for uid ${JSON.stringify(uid)} (its uid checksum differs).`, fix: 'Request the token for the uid the client joins with, or for uid 0 (any uid).'});
  }
  if (join.appCertificate && channelOk && uidOk) {
    const v = verifyToken(t, join.appCertificate, {channelName: join.channelName, uid: wildcard ? 0 : join.uid});
    signature = v.status === 'valid' ? 'valid' : v.status === 'invalid' ? 'invalid' : 'unchecked';
    signatureFinding(signature, v.message, findings);
  } else if (!join.appCertificate) {
    signatureFinding('unchecked', '', findings);
  }
  if (t.ts <= now) {
    findings.push({code: 109, title: 'token expired', reason: `A 006 token stops at its message timestamp, ${when(t.ts)} (${span(now - t.ts)} ago); builders set it to 24 hours after issue.`, fix: 'Fetch a new token; 006 tokens last at most 24 hours.'});
  }
  const joinPriv = t.privileges.find((p) => p.id === 1);
  if (!joinPriv) {
    findings.push({code: 110, title: 'no join-channel privilege', reason: 'The token lists no joinChannel privilege (it may be an RTM token).', fix: 'Build an RTC token for joining channels.'});
  } else if (joinPriv.expiresAt !== null && joinPriv.expiresAt <= now) {
    const relative = joinPriv.expire < 1e9;
    findings.push({
      code: 109,
      title: 'the join privilege expired',
      reason: relative
        ? `joinChannel is ${joinPriv.expire}, which a 006 token reads as a Unix time in 1970: a lifetime in seconds was passed where the 006 builder expects "now + lifetime".`
        : `joinChannel ended at ${when(joinPriv.expiresAt)} (${span(now - joinPriv.expiresAt)} ago).`,
      fix: relative ? 'Pass Math.floor(Date.now() / 1000) + lifetime to a 006 builder, or switch to a 007 builder, which takes seconds.' : 'Fetch a new token before joining.',
    });
  }
  if (join.publish) publishFindings(t.privileges, now, findings);
  return signature;
}

/**
 * Predicts whether Agora lets a client join with this token and, if not, why (101, 109, 110)
 * and how to fix it; flags classic mistakes as warnings. Never throws.
 */
export function diagnoseToken(token: string | DecodedToken, join: JoinAttempt): Diagnosis {
  const findings: Finding[] = [];
  try {
    const attempt: JoinAttempt = {
      appId: typeof join?.appId === 'string' ? join.appId : '',
      channelName: typeof join?.channelName === 'string' ? join.channelName : '',
      uid: typeof join?.uid === 'number' || typeof join?.uid === 'string' ? join.uid : 0,
      publish: Boolean(join?.publish),
      now: typeof join?.now === 'number' && Number.isFinite(join.now) ? join.now : nowSeconds(),
      appCertificate: typeof join?.appCertificate === 'string' && join.appCertificate !== '' ? join.appCertificate : undefined,
    };
    let decoded: DecodedToken;
    if (typeof token === 'string') {
      const result = decodeToken(token);
      if (!result.ok) {
        findings.push({code: 110, title: 'Agora cannot read this token', reason: `${result.error.message} (${result.error.part})`, fix: 'Pass the token exactly as the server returned it: the whole string, starting with 007.'});
        return finish(findings, 'unchecked');
      }
      decoded = result.token;
    } else {
      decoded = token;
    }
    const signature = decoded.version === '007' ? diagnose007(decoded, attempt, attempt.now as number, findings) : diagnose006(decoded, attempt, attempt.now as number, findings);
    return finish(findings, signature);
  } catch (e) {
    findings.push({code: 110, title: 'the token could not be checked', reason: e instanceof Error ? e.message : String(e), fix: 'Pass the token exactly as the server returned it.'});
    return finish(findings, 'unchecked');
  }
}

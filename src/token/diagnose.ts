// Predicts what Agora does when a client joins an RTC channel with a token, in Agora's own
// terms (101, 109, 110, joins but cannot publish), with the reason and the fix.
import {crc32, nowSeconds} from './crypto';
import type {TokenRepair} from './clean';
import {explainRepair} from './repairs';
import {decodeToken, type DecodeResult, type DecodedToken, type DecodedToken006, type DecodedToken007} from './decode';
import {recogniseLegacyKey} from './legacy';
import {uidText} from './params';
import type {DecodedPrivilege, DecodedService} from './services';
import {isWildcardPattern, looksLikeMilliseconds, matchesWildcard, MAX_LIFETIME_SECONDS, validateAppId} from './validate';
import {formatDuration} from './duration';
import {verifyToken, type VerifyResult} from './verify';

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
  /** verifyToken's result for this 007 token and appCertificate, when the caller has it already: it is not checked again. */
  verified?: VerifyResult;
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
  /**
   * Set when the token had to be repaired before it could be read (a "+" turned into a space,
   * percent-encoding, "\/"...): Agora rejects the string as given, and this is what the repaired
   * token would do once the client sends it intact; `asGiven` is the verdict on the string as
   * given, without the repaired token's.
   */
  onceIntact?: {verdict: Diagnosis['verdict']; code: Diagnosis['code']; summary: string; asGiven: string};
}

const RANK: Record<string, number> = {101: 0, 110: 1, 109: 2, 'cannot-publish': 3, warning: 4, info: 5};

function when(unix: number): string {
  if (!Number.isFinite(unix) || unix < 0 || unix > 8.64e12) return String(unix);
  return new Date(unix * 1000).toISOString().replace('.000Z', 'Z');
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
      reason: `${field} is ${expire}: in a 007 token it counts seconds after the issue time, so this asks for about ${formatDuration(expire)}. This is the 006 habit of passing "now + lifetime".`,
      fix: 'Pass the lifetime in seconds, e.g. 3600 for one hour, not a timestamp.',
    });
  } else if (looksLikeMilliseconds(expire)) {
    findings.push({
      code: 'warning',
      title: `${field} looks like milliseconds`,
      reason: `${field} is ${expire}: in a 007 token it counts seconds, so this asks for ${formatDuration(expire)}, where ${expire / 1000} seconds (${formatDuration(expire / 1000)}) was probably meant. Agora stops accepting a token 24 hours after it was issued.`,
      fix: `Pass the lifetime in seconds: ${expire / 1000}, not ${expire}.`,
    });
  } else if (expire > MAX_LIFETIME_SECONDS) {
    findings.push({
      code: 'warning',
      title: `${field} is longer than 24 hours`,
      reason: `${field} asks for ${formatDuration(expire)}, but Agora stops accepting a token 24 hours after it was issued.`,
      fix: 'Ask for at most 86400 seconds and renew the token on token-privilege-will-expire.',
    });
  }
}

function signatureFinding(status: Diagnosis['signature'], message: string, findings: Finding[]): void {
  if (status === 'invalid') {
    // When only the letter case differs, the reader already has the right certificate: the fix is its spelling.
    const caseOnly = /It does match the same certificate in (lower|upper) case/.test(message);
    findings.push({code: 110, title: 'the signature does not match the App Certificate', reason: message, fix: caseOnly ? 'Keep the certificate\'s letter case exactly as Agora Console shows it, in the token server\'s configuration and wherever it is copied: it is signed as text.' : 'Build the token with a certificate enabled for the same project as the App ID (the primary one, or the secondary one while it is enabled: Agora Console, project settings), and redeploy the token server with it.'});
  } else if (status === 'unchecked') {
    findings.push({
      code: 'info',
      title: 'signature not checked',
      reason: message || 'Without the App Certificate the signature cannot be checked; a token signed with a certificate that is not enabled for the project fails with 110.',
      fix: message ? 'Check the App Certificate: 32 hexadecimal characters, exactly as Agora Console shows it.' : 'Give the App Certificate to check the signature.',
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
  if (typeof join === 'string' && join === '0' && tokenUid !== '0') {
    findings.push({code: 'warning', title: 'the uid is the string "0"', reason: 'A string uid is a user account: "0" is an account named "0", not the wildcard uid 0.', fix: 'Join with the number 0 to let the SDK assign a uid, or with the real uid as a number.'});
  }
  if (tokenUid === '0' && join === 0) {
    // The reader already joins with uid 0 and asked for a uid-0 token: the fix is the builder.
    findings.push({
      code: 110,
      title: 'the token is for the user account "0", not for any uid',
      reason: 'The token\'s uid is the text "0", not empty: PHP\'s official builder writes "0" for uid 0 where every other builder writes an empty uid (any uid). Joining with the integer uid 0 lets the SDK pick a uid, which is not the account "0".',
      fix: 'Make the token server write an empty uid for 0 (pass an empty string as the uid to PHP\'s builder, or use another language\'s builder), or give each user a real uid and build the token for it.',
    });
    return false;
  }
  if (tokenUid === '0' && join !== '0') {
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
  const close = tokenChannels.find((c) => c.toLowerCase() === join.toLowerCase() || c.trim() === join.trim() || c.trim().toLowerCase() === join.trim().toLowerCase());
  const how = close === undefined ? '' : close.toLowerCase() === join.toLowerCase() ? 'letter case' : close.trim() === join.trim() ? 'spaces at the ends' : 'letter case and spaces at the ends';
  return {
    code: 110,
    title: 'wrong channel',
    reason: `The token was built for channel ${tokenChannels.map((c) => JSON.stringify(c)).join(' or ')} but the client joins ${JSON.stringify(join)}.${close !== undefined ? ` They differ only in ${how}: channel names are compared exactly.` : ''}`,
    fix: close !== undefined
      ? `Use one spelling on both sides: the token server got ${JSON.stringify(close)}, join() gets ${JSON.stringify(join)}. Pass the channel name through unchanged (no trimming or case conversion on one side only).`
      : 'Request the token for the exact channel name the client joins.',
  };
}

/** Spellings of the joined channel the reader may have meant, for a 006 token's channel checksum. */
function channelVariants(join: string): string[] {
  const trimmed = join.trim();
  const capitalised = (text: string) => text.replace(/(^|[\s_-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
  const forms = [trimmed, join.toLowerCase(), join.toUpperCase(), trimmed.toLowerCase(), trimmed.toUpperCase(), capitalised(trimmed.toLowerCase()), trimmed.charAt(0).toUpperCase() + trimmed.slice(1).toLowerCase(), trimmed.charAt(0).toUpperCase() + trimmed.slice(1), trimmed.charAt(0).toLowerCase() + trimmed.slice(1), ` ${join}`, `${join} `];
  return [...new Set(forms)].filter((f) => f !== join && f !== '');
}

function publishFindings(privileges: DecodedPrivilege[], now: number, findings: Finding[]): void {
  const pubs = privileges.filter((p) => p.id === 2 || p.id === 3);
  if (pubs.length === 0) {
    findings.push({code: 'cannot-publish', title: 'the token has no publish privilege (subscriber role)', reason: 'The token allows joining only. When co-host authentication is enabled for the project, publishing fails; without it, Agora does not enforce the role.', fix: 'Build the token with the publisher role (1) for users who publish.'});
    return;
  }
  const expired = pubs.find((p) => p.expiresAt !== null && p.expiresAt <= now);
  if (expired) {
    findings.push({code: 'cannot-publish', title: `the ${expired.name} privilege expired`, reason: `It ended at ${when(expired.expiresAt as number)}, ${formatDuration(now - (expired.expiresAt as number))} ago; the token itself may still be valid.`, fix: 'Give the publish privileges the same lifetime as the token (privilegeExpire equal to tokenExpire, as Agora recommends), and renew the token on token-privilege-will-expire.'});
  }
}

function diagnose007(t: DecodedToken007, join: JoinAttempt, now: number, findings: Finding[]): Diagnosis['signature'] {
  appIdFinding(t.appId, join.appId, findings);
  if (t.stoppedAt) findings.push({code: 'warning', title: 'part of the token could not be read', reason: t.stoppedAt.reason, fix: 'Decode it with an up-to-date tool; services after the unknown one are not checked here.'});
  let signature: Diagnosis['signature'] = 'unchecked';
  let message = '';
  if (join.appCertificate) {
    const v = join.verified ?? verifyToken(t, join.appCertificate);
    signature = v.status === 'valid' ? 'valid' : v.status === 'invalid' ? 'invalid' : 'unchecked';
    message = v.message;
  }
  signatureFinding(signature, message, findings);
  expiryAdvice(t.expire, 'expire', findings);
  const cap = t.issueTs + Math.min(t.expire, MAX_LIFETIME_SECONDS);
  if (t.issueTs > now + 300) {
    findings.push({code: 'warning', title: 'issued in the future', reason: `The token says it was issued at ${when(t.issueTs)}, ${formatDuration(t.issueTs - now)} after the join time: the token server's clock is wrong.`, fix: 'Synchronise the token server\'s clock (NTP).'});
  }
  if (now >= cap) {
    const capped = t.expire > MAX_LIFETIME_SECONDS;
    findings.push({
      code: 109,
      title: 'token expired',
      reason: t.expire === 0
        ? 'Its token lifetime (expire) is 0. A token lifetime of 0 makes a token that is already expired when it is issued; Agora rejects it with 109. (A privilege lifetime of 0 means the privilege itself does not expire; the token still does.)'
        : `It was issued at ${when(t.issueTs)} and ${capped ? 'Agora stops accepting tokens 24 hours after issue' : `expired ${formatDuration(t.expire)} later`}, at ${when(cap)} (${formatDuration(now - cap)} ago). If the token was fetched just now, the token server's clock is ${formatDuration(now - t.issueTs)} behind.`,
      fix: t.expire === 0
        ? 'Build the token with its lifetime in seconds, e.g. tokenExpire 3600, and give the privileges the same lifetime, as Agora recommends. (0 is meaningful for a privilege only: it never expires.)'
        : t.expire < 60
          ? `Its lifetime is only ${t.expire} s: build the token with the lifetime the session needs in seconds, e.g. tokenExpire 3600.`
          : 'Fetch a new token for every join and renew it on token-privilege-will-expire; do not cache tokens longer than their lifetime. If it was fetched just now, synchronise the token server\'s clock (NTP).',
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
    findings.push({code: 109, title: 'the join privilege expired', reason: `joinChannel ended at ${when(joinPriv.expiresAt)} (${formatDuration(now - joinPriv.expiresAt)} ago) although the token lasts until ${when(cap)}.`, fix: 'Set privilegeExpire equal to the token lifetime, as Agora recommends, or fetch a new token before joining.'});
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
  if (!channelOk) {
    const meant = channelVariants(join.channelName).find((v) => crc32(v) === t.crcChannelName);
    findings.push(meant !== undefined
      ? {code: 110, title: 'wrong channel', reason: `The token was built for channel ${JSON.stringify(meant)}, but the client joins ${JSON.stringify(join.channelName)}: they differ only in ${meant.trim() === join.channelName.trim() ? 'spaces at the ends' : meant.toLowerCase() === join.channelName.toLowerCase() ? 'letter case' : 'letter case and spaces'}, and channel names are compared exactly. (A 006 token stores a checksum of its channel name; this spelling matches it.)`, fix: `Use one spelling on both sides: ${JSON.stringify(meant)} for the token, ${JSON.stringify(join.channelName)} in join(). Pass the channel name through unchanged.`}
      : {code: 110, title: 'wrong channel', reason: `The token was not built for channel ${JSON.stringify(join.channelName)} (006 tokens store a checksum of the channel name, and it differs; it matches none of its variants in letter case or spaces either).`, fix: 'Request the token for the exact channel name the client joins.'});
  }
  if (channelOk && !uidOk) {
    const php = join.uid === 0 && t.crcUid === crc32('0');
    findings.push(php
      ? {code: 110, title: 'the token is for the user account "0", not for any uid', reason: 'PHP\'s builder writes "0" for uid 0, so the token is not the any-uid token the client expects when joining with uid 0.', fix: 'Make the token server write an empty uid for 0 (pass an empty string as the uid to PHP\'s builder, or use another language\'s builder), or build the token for a real uid and join with it.'}
      : join.uid === 0
        ? {code: 110, title: 'the client joins with uid 0 but the token is for one uid', reason: 'With uid 0 the SDK picks a random uid, and this token was built for one specific uid (its uid checksum is not the one of uid 0), so Agora rejects the join.', fix: 'Join with the uid the token was built for, or build the token for uid 0 (any uid).'}
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
    findings.push({code: 109, title: 'token expired', reason: `A 006 token stops at its message timestamp, ${when(t.ts)} (${formatDuration(now - t.ts)} ago); builders set it to 24 hours after issue.`, fix: 'Fetch a new token; 006 tokens last at most 24 hours.'});
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
        : `joinChannel ended at ${when(joinPriv.expiresAt)} (${formatDuration(now - joinPriv.expiresAt)} ago).`,
      fix: relative ? 'Pass Math.floor(Date.now() / 1000) + lifetime to a 006 builder, or switch to a 007 builder, which takes seconds.' : 'Fetch a new token before joining.',
    });
  }
  if (join.publish) publishFindings(t.privileges, now, findings);
  return signature;
}

/** Agora receives the string as the client has it: a token changed on its way is rejected as given. */
function asGiven(repaired: Diagnosis, repairs: TokenRepair[], action = 'Join'): Diagnosis {
  const causes = repairs.map((r) => explainRepair(r).cause);
  const fixes = [...new Set(repairs.map((r) => explainRepair(r).fix))];
  const first = causes[0].split(':')[0];
  const changed: Finding = {
    code: 110,
    title: `the token was changed on its way: ${first}`,
    reason: `Agora checks the exact string the client sends, and this one is not the token the server built: ${causes.join('; ')}. It was repaired here to be read; Agora does not repair it.`,
    fix: `Send the token intact: ${fixes.join('; ')}.`,
  };
  return {
    verdict: 'rejected',
    code: 110,
    summary: `${action} fails with error 110: Agora rejects the token as given (${first}). Once sent intact: ${repaired.summary}`,
    findings: [changed, ...repaired.findings],
    signature: repaired.signature,
    onceIntact: {verdict: repaired.verdict, code: repaired.code, summary: repaired.summary, asGiven: `${action} fails with error 110: Agora rejects the token as given.`},
  };
}

/** The finding for a token that could not be decoded. */
function unreadable(result: Extract<DecodeResult, {ok: false}>): Finding {
  const legacy = result.text !== undefined && result.error.part === 'prefix' ? recogniseLegacyKey(result.text) : null;
  if (legacy) {
    return {code: 110, title: 'this is a legacy dynamic key, not a token', reason: result.error.message, fix: 'Build a version 007 token on the server (npm agora-token, or the builder for your server language) and pass that to join.'};
  }
  return {code: 110, title: 'Agora cannot read this token', reason: `${result.error.message} (${result.error.part})`, fix: 'Pass the token exactly as the server returned it: the whole string, starting with 007.'};
}

/**
 * Predicts whether Agora lets a client join with this token and, if not, why (101, 109, 110)
 * and how to fix it; flags classic mistakes as warnings. Pass the token as text (or decodeToken's
 * result) to have a token repaired in transit judged as Agora receives it. Never throws.
 */
export function diagnoseToken(token: string | DecodedToken | DecodeResult, join: JoinAttempt): Diagnosis {
  const findings: Finding[] = [];
  try {
    const attempt: JoinAttempt = {
      appId: typeof join?.appId === 'string' ? join.appId : '',
      channelName: typeof join?.channelName === 'string' ? join.channelName : '',
      uid: typeof join?.uid === 'number' || typeof join?.uid === 'string' ? join.uid : 0,
      publish: Boolean(join?.publish),
      now: typeof join?.now === 'number' && Number.isFinite(join.now) ? join.now : nowSeconds(),
      appCertificate: typeof join?.appCertificate === 'string' && join.appCertificate !== '' ? join.appCertificate : undefined,
      verified: join?.verified,
    };
    let decoded: DecodedToken;
    let repairs: TokenRepair[] = [];
    const result = typeof token === 'string' ? decodeToken(token) : 'ok' in token ? token : null;
    if (result) {
      if (!result.ok) {
        findings.push(unreadable(result));
        return finish(findings, 'unchecked');
      }
      decoded = result.token;
      repairs = result.repairs ?? [];
    } else {
      decoded = token as DecodedToken;
    }
    const signature = decoded.version === '007' ? diagnose007(decoded, attempt, attempt.now as number, findings) : diagnose006(decoded, attempt, attempt.now as number, findings);
    const diagnosis = finish(findings, signature);
    return repairs.length > 0 ? asGiven(diagnosis, repairs) : diagnosis;
  } catch (e) {
    findings.push({code: 110, title: 'the token could not be checked', reason: e instanceof Error ? e.message : String(e), fix: 'Pass the token exactly as the server returned it.'});
    return finish(findings, 'unchecked');
  }
}

/** What the client will do: log in to RTM (Signaling) with this user id. */
export interface RtmLoginAttempt {
  appId: string;
  /** The user id passed to the RTM client / login. */
  userId: string;
  /** Unix time of the login in seconds; default now. */
  now?: number;
  /** When given, the signature is checked too (it stays in memory only). */
  appCertificate?: string;
  /** verifyToken's result for this 007 token and appCertificate, when the caller has it already: it is not checked again. */
  verified?: VerifyResult;
}

/**
 * Predicts whether an RTM login with this token succeeds. Codes follow the RTC ones Agora also
 * uses for RTM (101 App ID, 109 expired, 110 invalid token); the titles name the RTM SDK errors.
 * An RTM token is bound to one user id: Agora checks the App ID, the user id and the expiry.
 * Pass '' as the token for a login without one. Never throws.
 */
export function diagnoseRtmLogin(token: string | DecodeResult, login: RtmLoginAttempt): Diagnosis {
  const findings: Finding[] = [];
  try {
    const appId = typeof login?.appId === 'string' ? login.appId : '';
    const userId = typeof login?.userId === 'string' ? login.userId : '';
    const now = typeof login?.now === 'number' && Number.isFinite(login.now) ? login.now : nowSeconds();
    const certificate = typeof login?.appCertificate === 'string' && login.appCertificate !== '' ? login.appCertificate : undefined;
    if (typeof token === 'string' && token.trim() === '') {
      findings.push({
        code: 110,
        title: 'no token: the login fails on a project with an App Certificate',
        reason: 'When the project has an App Certificate, RTM accepts a login only with a token (RTM 2.x: INVALID_TOKEN; RTM 1.x: LOGIN_ERR_INVALID_TOKEN, 5). Without a certificate the App ID alone is enough.',
        fix: `Fetch an RTM token for the user id ${JSON.stringify(userId)} from your token server and pass it to login.`,
      });
      return rtmFinish(findings, 'unchecked');
    }
    const result = typeof token === 'string' ? decodeToken(token) : token;
    if (!result.ok) {
      findings.push(unreadable(result));
      return rtmFinish(findings, 'unchecked');
    }
    const t = result.token;
    if (t.appId !== appId) {
      findings.push({code: 110, title: 'App ID mismatch (RTM 2.x: INCONSISTENT_APP_ID)', reason: `The token was built for App ID ${t.appId} but the RTM client uses ${appId || '(empty)'}.`, fix: 'Create the RTM client with the same project\'s App ID as the token server.'});
    }
    let signature: Diagnosis['signature'] = 'unchecked';
    if (t.version === '006') {
      const login006 = t.privileges.find((p) => p.id === 1000);
      // A 006 RTM token signs the user id in the place of the channel name (agora-token's RtmTokenBuilder).
      if (!login006) {
        findings.push({code: 110, title: 'the token has no RTM login privilege', reason: 'This 006 token lists no rtmLogin privilege (1000): it was built for joining a channel, not for RTM.', fix: 'Build an RTM token for this user id (RtmTokenBuilder) and pass that to login.'});
      } else if (crc32(userId) !== t.crcChannelName) {
        findings.push({code: 110, title: 'wrong RTM user id', reason: `This 006 RTM token was not built for the user id ${JSON.stringify(userId)} (the checksum of its user id differs). An RTM token logs in one user id only.`, fix: 'Request the token for the exact user id the client logs in with.'});
      } else if (certificate) {
        const v = verifyToken(t, certificate, {channelName: userId, uid: ''});
        signature = v.status === 'valid' ? 'valid' : v.status === 'invalid' ? 'invalid' : 'unchecked';
        signatureFinding(signature, v.message, findings);
      }
      if (!certificate) signatureFinding('unchecked', '', findings);
      if (t.ts <= now) findings.push({code: 109, title: 'token expired (RTM 2.x: TOKEN_EXPIRED; RTM 1.x: LOGIN_ERR_TOKEN_EXPIRED, 6)', reason: `A 006 token stops at its message timestamp, ${when(t.ts)} (${formatDuration(now - t.ts)} ago).`, fix: 'Fetch a new RTM token before logging in.'});
    } else {
      if (certificate) {
        const v = login?.verified ?? verifyToken(t, certificate);
        signature = v.status === 'valid' ? 'valid' : v.status === 'invalid' ? 'invalid' : 'unchecked';
        signatureFinding(signature, v.message, findings);
      } else {
        signatureFinding('unchecked', '', findings);
      }
      const cap = t.issueTs + Math.min(t.expire, MAX_LIFETIME_SECONDS);
      if (now >= cap) {
        findings.push({code: 109, title: 'token expired (RTM 2.x: TOKEN_EXPIRED; RTM 1.x: LOGIN_ERR_TOKEN_EXPIRED, 6)', reason: t.expire === 0 ? 'Its token lifetime (expire) is 0: it was expired when it was issued.' : `It was issued at ${when(t.issueTs)} and stopped at ${when(cap)} (${formatDuration(now - cap)} ago).`, fix: t.expire === 0 ? 'Build the RTM token with its lifetime in seconds, e.g. 3600.' : 'Fetch a new RTM token for each login and renew it when the SDK warns that it will expire.'});
      }
      const rtm = t.services.filter((s) => s.type === 2 || s.type === 8) as Array<Extract<DecodedService, {userId: string}>>;
      if (rtm.length === 0) {
        const names = t.services.map((s) => s.name.toUpperCase()).join(', ') || 'no service';
        findings.push({code: 110, title: 'the token has no RTM service', reason: `It carries ${names}, and an RTM login needs the RTM service with this user id. A token made for joining channels does not log in to RTM.`, fix: `Build an RTM token (RtmTokenBuilder.buildToken) or an RTC + RTM token for the user id ${JSON.stringify(userId)}.`});
      } else {
        const mine = rtm.find((s) => s.userId === userId);
        if (!mine) {
          const other = rtm[0].userId;
          const close = other.toLowerCase() === userId.toLowerCase() || other.trim() === userId.trim();
          findings.push({
            code: 110,
            title: 'wrong RTM user id',
            reason: `The token was built for the RTM user id ${JSON.stringify(other)} but the client logs in as ${JSON.stringify(userId)}.${close ? ' They differ only in letter case or spaces: user ids are compared exactly.' : ''} An RTM token logs in one user id only.`,
            fix: /^\d+$/.test(userId) && /^\d+$/.test(other) ? 'Request the RTM token for the user id the client logs in with; in an app that also joins RTC, the RTM user id is often not the RTC uid, so send the right one to the token server.' : 'Request the RTM token for the exact user id the client logs in with.',
          });
        } else {
          const loginPriv = mine.privileges.find((p) => p.id === 1);
          if (loginPriv && loginPriv.expiresAt !== null && loginPriv.expiresAt <= now && now < cap) {
            findings.push({code: 109, title: 'the RTM login privilege expired', reason: `It ended at ${when(loginPriv.expiresAt)} (${formatDuration(now - loginPriv.expiresAt)} ago) although the token lasts until ${when(cap)}.`, fix: 'Give the RTM login the same lifetime as the token (rtmTokenExpire), or fetch a new token before logging in.'});
          }
        }
      }
    }
    const diagnosis = rtmFinish(findings, signature);
    return result.repairs.length > 0 ? asGiven(diagnosis, result.repairs, 'RTM login') : diagnosis;
  } catch (e) {
    findings.push({code: 110, title: 'the token could not be checked', reason: e instanceof Error ? e.message : String(e), fix: 'Pass the token exactly as the server returned it.'});
    return rtmFinish(findings, 'unchecked');
  }
}

function rtmFinish(findings: Finding[], signature: Diagnosis['signature']): Diagnosis {
  const d = finish(findings, signature);
  if (d.verdict === 'rejected') return {...d, summary: d.summary.replace(/^Join fails with error/, 'RTM login fails with error')};
  return {
    ...d,
    verdict: 'joins',
    summary: signature === 'valid' ? 'Agora accepts this RTM login: App ID, user id, signature and expiry all match.' : 'Agora accepts this RTM login if the token was signed with the project\'s current App Certificate (give the certificate to check the signature).',
  };
}

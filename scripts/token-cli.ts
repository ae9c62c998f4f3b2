// Command-line front end of the token engine: `npm run token -- <command>`.
// Decodes tokens to JSON (one per line from stdin with "-") and builds RTC, RTM and Chat tokens.
// The certificate comes from AGORA_APP_CERTIFICATE (keeps it out of shell history) or --certificate.
import {readFileSync} from 'node:fs';
import {
  buildChatAppToken, buildChatUserToken, buildRtcRtmTokenWithPrivileges, buildRtcTokenWithUid, buildRtcTokenWithUidAndPrivileges,
  buildRtcTokenWithUserAccount, buildRtcTokenWithUserAccountAndPrivileges, buildRtmToken, decodeToken, tokenToJSON,
  TokenInputError, validateBuildParams, verifyToken, type BuildParams, type BuilderKind,
} from '../src/token';

const HELP = `Usage: npm run token -- <command> [options]

Commands
  decode TOKEN            Print the decoded token as JSON. TOKEN may be pasted as is: quotes,
                          whitespace, URL-safe base64, missing padding or a JSON response are cleaned
                          (the changes are listed under "cleaned").
  decode -                Read one token per line from standard input; print one JSON line each.
  build rtc               Print an RTC token (with --rtm-user-id: an RTC + RTM token).
  build rtm               Print an RTM token.
  build chat              Print a Chat user token (--user-id) or app token (--app).

Common options
  --app-id ID             App ID (32 hex characters). Default: $AGORA_APP_ID.
  --certificate CERT      App Certificate (32 hex characters). Default: $AGORA_APP_CERTIFICATE,
                          which keeps it out of your shell history. With decode, adds
                          "signatureValid" (true, false, or null when it cannot be checked).
  --salt N                Salt, 1 to 4294967295 (default: random 1 to 99999999), for reproducible output.
  --issue-ts T            Issue time, Unix seconds (default: now), for reproducible output.
  --help                  Show this help.

decode options
  --channel-name NAME     Channel a 006 token was built for (006 stores only its checksum); needed
  --uid UID               with the uid to check a 006 signature. A number is a uid, text an account.

build rtc options
  --channel-name NAME     Channel name: under 64 bytes of a-z A-Z 0-9 space ! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,
  --uid N                 Integer uid, 0 to 4294967295 (0: any uid may join).
  --account NAME          String user account, 1 to 255 bytes (instead of --uid).
  --role ROLE             publisher (default; join and publish) or subscriber (join only); or 1 / 2.
  --token-expire S        Seconds until the token expires (default 3600; Agora caps tokens at 86400).
  --privilege-expire S    Seconds until the privileges expire (default: the token's lifetime, as
                          Agora recommends; 0 means the privileges never expire).
  --join-channel-privilege-expire S, --pub-audio-privilege-expire S,
  --pub-video-privilege-expire S, --pub-data-stream-privilege-expire S
                          Separate expiry per privilege (buildTokenWithUidAndPrivilege); unset ones
                          default to --privilege-expire. With these, --role is not used unless
                          --rtm-user-id is given.
  --rtm-user-id ID        Also add RTM login for this user ID (buildTokenWithRtm2).
  --rtm-token-expire S    Seconds the RTM login lasts (default: --token-expire).

build rtm options
  --user-id ID            RTM user ID, 1 to 64 bytes.
  --expire S              Seconds until the token expires (default 3600).

build chat options
  --user-id ID            Chat user ID (user token).
  --app                   Build a Chat app token instead.
  --expire S              Seconds until the token expires (default 3600).

Output: the token or JSON on stdout. Errors: {"error": {...}} on stderr and exit code 1;
validation warnings: {"warning": {...}} lines on stderr.
`;

class UsageError extends Error {}

const VALUE_FLAGS = new Set([
  'app-id', 'certificate', 'salt', 'issue-ts', 'channel-name', 'uid', 'account', 'role', 'token-expire', 'privilege-expire',
  'join-channel-privilege-expire', 'pub-audio-privilege-expire', 'pub-video-privilege-expire', 'pub-data-stream-privilege-expire',
  'rtm-user-id', 'rtm-token-expire', 'user-id', 'expire',
]);
const BOOLEAN_FLAGS = new Set(['app', 'help']);
const ALLOWED: Record<string, string[]> = {
  decode: ['certificate', 'channel-name', 'uid'],
  rtc: ['app-id', 'certificate', 'salt', 'issue-ts', 'channel-name', 'uid', 'account', 'role', 'token-expire', 'privilege-expire', 'join-channel-privilege-expire', 'pub-audio-privilege-expire', 'pub-video-privilege-expire', 'pub-data-stream-privilege-expire', 'rtm-user-id', 'rtm-token-expire'],
  rtm: ['app-id', 'certificate', 'salt', 'issue-ts', 'user-id', 'expire'],
  chat: ['app-id', 'certificate', 'salt', 'issue-ts', 'user-id', 'app', 'expire'],
};

function parseArgs(argv: string[]): {positional: string[]; flags: Map<string, string | true>} {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      if (BOOLEAN_FLAGS.has(name)) {
        flags.set(name, true);
      } else if (VALUE_FLAGS.has(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
        if (value === undefined) throw new UsageError(`--${name} needs a value.`);
        flags.set(name, value);
      } else {
        throw new UsageError(`Unknown option --${name}. Run with --help to list the options.`);
      }
    } else {
      positional.push(arg);
    }
  }
  return {positional, flags};
}

/** A flag value as a number when it is written as one, else the text (the validators explain). */
function num(value: string | true | undefined): number | string | undefined {
  if (value === undefined || value === true) return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value.trim()) ? Number(value) : value;
}

function fail(error: Record<string, unknown>): never {
  process.stderr.write(`${JSON.stringify({error})}\n`);
  process.exit(1);
}

function decodeOne(input: string, flags: Map<string, string | true>, certificate: string | undefined): {ok: boolean; json: Record<string, unknown>} {
  const r = decodeToken(input);
  if (!r.ok) return {ok: false, json: {...r.error, ...(r.cleaned.length ? {cleaned: r.cleaned} : {})}};
  const json: Record<string, unknown> = tokenToJSON(r.token);
  if (r.cleaned.length) json.cleaned = r.cleaned;
  if (certificate !== undefined) {
    const channelName = flags.get('channel-name');
    const uid = num(flags.get('uid'));
    const ctx = typeof channelName === 'string' && uid !== undefined ? {channelName, uid} : undefined;
    const v = verifyToken(r.token, certificate, ctx);
    json.signatureValid = v.status === 'unchecked' ? null : v.valid;
    if (!v.valid) json.signatureMessage = v.message;
  }
  return {ok: true, json};
}

function runDecode(positional: string[], flags: Map<string, string | true>, certificate: string | undefined): void {
  const source = positional[0];
  if (source === undefined) throw new UsageError('decode needs a token, or "-" to read tokens from standard input.');
  if (positional.length > 1) throw new UsageError('decode takes one token; quote it, or pass "-" and one token per line on standard input.');
  if (source !== '-') {
    const {ok, json} = decodeOne(source, flags, certificate);
    if (!ok) fail(json);
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const lines = readFileSync(0, 'utf8').split(/\r?\n/);
  let failed = false;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const {ok, json} = decodeOne(line, flags, certificate);
    if (ok) process.stdout.write(`${JSON.stringify(json)}\n`);
    else {
      failed = true;
      process.stderr.write(`${JSON.stringify({error: {line: index + 1, ...json}})}\n`);
    }
  });
  if (failed) process.exit(1);
}

function build<K extends BuilderKind>(kind: K, params: BuildParams[K], builder: (p: BuildParams[K]) => string): string {
  for (const w of validateBuildParams(kind, params).filter((i) => i.severity === 'warning')) {
    process.stderr.write(`${JSON.stringify({warning: {field: w.field, rule: w.rule, value: w.value, message: w.message}})}\n`);
  }
  return builder(params);
}

function runBuild(positional: string[], flags: Map<string, string | true>, certificate: string | undefined): void {
  const what = positional[0];
  if (!what || !['rtc', 'rtm', 'chat'].includes(what)) throw new UsageError(`build needs one of rtc, rtm, chat${what ? `; got "${what}"` : ''}.`);
  if (positional.length > 1) throw new UsageError(`Unexpected argument "${positional[1]}"; options start with --.`);
  for (const name of flags.keys()) if (name !== 'help' && !ALLOWED[what].includes(name)) throw new UsageError(`--${name} is not an option of build ${what}.`);
  const str = (name: string) => {
    const v = flags.get(name);
    return v === true ? undefined : v;
  };
  const common = {
    appId: (str('app-id') ?? process.env.AGORA_APP_ID ?? '') as string,
    appCertificate: (certificate ?? '') as string,
    salt: num(flags.get('salt')) as number | undefined,
    issueTs: num(flags.get('issue-ts')) as number | undefined,
  };
  let token: string;
  if (what === 'rtc') {
    const channelName = str('channel-name') as string;
    const hasUid = flags.has('uid');
    const hasAccount = flags.has('account');
    if (hasUid === hasAccount) throw new UsageError('build rtc needs exactly one of --uid (a number) or --account (a string user account).');
    const roleText = str('role') ?? 'publisher';
    const role = (roleText === '1' || roleText === '2' ? Number(roleText) : roleText) as 1 | 2 | 'publisher' | 'subscriber';
    const tokenExpire = (num(flags.get('token-expire')) ?? 3600) as number;
    const privilegeExpire = (num(flags.get('privilege-expire')) ?? tokenExpire) as number;
    const perPrivilege = ['join-channel', 'pub-audio', 'pub-video', 'pub-data-stream'].map((p) => num(flags.get(`${p}-privilege-expire`)));
    const privileges = {
      joinChannelPrivilegeExpire: (perPrivilege[0] ?? privilegeExpire) as number,
      pubAudioPrivilegeExpire: (perPrivilege[1] ?? privilegeExpire) as number,
      pubVideoPrivilegeExpire: (perPrivilege[2] ?? privilegeExpire) as number,
      pubDataStreamPrivilegeExpire: (perPrivilege[3] ?? privilegeExpire) as number,
    };
    const user = hasUid ? num(flags.get('uid')) : str('account');
    if (flags.has('rtm-user-id')) {
      token = build('rtcRtm2', {...common, channelName, rtcAccount: user as number | string, rtcRole: role, rtcTokenExpire: tokenExpire, ...privileges, rtmUserId: str('rtm-user-id') as string, rtmTokenExpire: (num(flags.get('rtm-token-expire')) ?? tokenExpire) as number}, buildRtcRtmTokenWithPrivileges);
    } else if (flags.has('rtm-token-expire')) {
      throw new UsageError('--rtm-token-expire needs --rtm-user-id.');
    } else if (perPrivilege.some((v) => v !== undefined)) {
      token = hasUid
        ? build('rtcUidPrivileges', {...common, channelName, uid: user as number, tokenExpire, ...privileges}, buildRtcTokenWithUidAndPrivileges)
        : build('rtcAccountPrivileges', {...common, channelName, account: user as string, tokenExpire, ...privileges}, buildRtcTokenWithUserAccountAndPrivileges);
    } else {
      token = hasUid
        ? build('rtcUid', {...common, channelName, uid: user as number, role, tokenExpire, privilegeExpire}, buildRtcTokenWithUid)
        : build('rtcAccount', {...common, channelName, account: user as string, role, tokenExpire, privilegeExpire}, buildRtcTokenWithUserAccount);
    }
  } else if (what === 'rtm') {
    token = build('rtm', {...common, userId: str('user-id') as string, expire: (num(flags.get('expire')) ?? 3600) as number}, buildRtmToken);
  } else {
    const expire = (num(flags.get('expire')) ?? 3600) as number;
    if (flags.has('app') === flags.has('user-id')) throw new UsageError('build chat needs exactly one of --user-id (user token) or --app (app token).');
    token = flags.has('app')
      ? build('chatApp', {...common, expire}, buildChatAppToken)
      : build('chatUser', {...common, userId: str('user-id') as string, expire}, buildChatUserToken);
  }
  process.stdout.write(`${token}\n`);
}

function main(argv: string[]): void {
  try {
    const {positional, flags} = parseArgs(argv);
    if (flags.has('help') || positional.length === 0) {
      process.stdout.write(HELP);
      if (!flags.has('help')) process.exitCode = 1;
      return;
    }
    const [command, ...rest] = positional;
    const certificateFlag = flags.get('certificate');
    const certificate = typeof certificateFlag === 'string' ? certificateFlag : process.env.AGORA_APP_CERTIFICATE || undefined;
    if (command === 'decode') {
      for (const name of flags.keys()) if (!ALLOWED.decode.includes(name)) throw new UsageError(`--${name} is not an option of decode.`);
      runDecode(rest, flags, certificate);
    } else if (command === 'build') {
      runBuild(rest, flags, certificate);
    } else {
      throw new UsageError(`Unknown command "${command}"; use decode or build (see --help).`);
    }
  } catch (e) {
    if (e instanceof TokenInputError) fail({field: e.field, rule: e.rule, value: e.value, message: e.message, issues: e.issues.length > 1 ? e.issues : undefined});
    if (e instanceof UsageError) fail({part: 'usage', message: e.message});
    fail({message: e instanceof Error ? e.message : String(e)});
  }
}

main(process.argv.slice(2));

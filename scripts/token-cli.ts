// Command-line front end of the token engine: `npm run token -- <command>`.
// Decodes tokens to JSON (one per line from stdin with "-"), builds RTC, RTM and Chat tokens, and
// diagnoses a join attempt (exit code 0 when Agora would accept it).
// The certificate comes from AGORA_APP_CERTIFICATE (keeps it out of shell history) or --certificate.
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {
  buildToken, decodeToken, diagnoseRtmLogin, diagnoseToken, numberOrText, parseUidText, tokenToJSON, TokenInputError, validateBuildParams, verifyToken,
  type BuildParams, type BuilderKind,
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
  diagnose TOKEN          Will this token work? Prints Agora's verdict and the findings as JSON
                          (what the inspector shows), exit code 0 when Agora accepts the join and
                          1 when not (2: the command line is wrong). "-" reads the token from
                          standard input.

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

diagnose options (what the client passes to join)
  --app-id ID             App ID the client uses. Default: $AGORA_APP_ID.
  --channel-name NAME     Channel it joins.
  --uid N                 Integer uid it joins with (0: the SDK assigns one), or
  --account NAME          the string user account it joins with.
  --publish               It publishes audio or video (host / broadcaster).
  --rtm-user-id ID        Instead of a channel and uid: the client logs in to RTM as this user id.
  --now T                 Judge the join at this Unix time (default: now).
  --certificate CERT      Also check the signature (or $AGORA_APP_CERTIFICATE).

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

const VALUE_FLAGS = [
  'app-id', 'certificate', 'salt', 'issue-ts', 'channel-name', 'uid', 'account', 'role', 'token-expire', 'privilege-expire',
  'join-channel-privilege-expire', 'pub-audio-privilege-expire', 'pub-video-privilege-expire', 'pub-data-stream-privilege-expire',
  'rtm-user-id', 'rtm-token-expire', 'user-id', 'expire', 'now',
];
const BOOLEAN_FLAGS = ['app', 'help', 'publish'];
const ALLOWED: Record<string, string[]> = {
  decode: ['certificate', 'channel-name', 'uid'],
  diagnose: ['app-id', 'certificate', 'channel-name', 'uid', 'account', 'publish', 'now', 'rtm-user-id'],
  rtc: ['app-id', 'certificate', 'salt', 'issue-ts', 'channel-name', 'uid', 'account', 'role', 'token-expire', 'privilege-expire', 'join-channel-privilege-expire', 'pub-audio-privilege-expire', 'pub-video-privilege-expire', 'pub-data-stream-privilege-expire', 'rtm-user-id', 'rtm-token-expire'],
  rtm: ['app-id', 'certificate', 'salt', 'issue-ts', 'user-id', 'expire'],
  chat: ['app-id', 'certificate', 'salt', 'issue-ts', 'user-id', 'app', 'expire'],
};

const OPTIONS = Object.fromEntries([
  ...VALUE_FLAGS.map((name) => [name, {type: 'string' as const}]),
  ...BOOLEAN_FLAGS.map((name) => [name, {type: 'boolean' as const}]),
]);

/** The command line as positionals and flags (a flag's last value wins). */
function readCommandLine(argv: string[]): {positional: string[]; flags: Map<string, string | true>} {
  // A value may start with a dash ("--uid -1"): pass it as --uid=-1 so that the validators, not
  // the parser, explain what is wrong with it.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [arg, next] = [argv[i], argv[i + 1]];
    const takesValue = arg.startsWith('--') && VALUE_FLAGS.includes(arg.slice(2));
    if (takesValue && next !== undefined && next.startsWith('-') && !next.startsWith('--')) {
      args.push(`${arg}=${next}`);
      i++;
    } else {
      args.push(arg);
    }
  }
  let parsed;
  try {
    parsed = parseArgs({args, options: OPTIONS, strict: true, allowPositionals: true});
  } catch (e) {
    const code = (e as {code?: string}).code;
    const name = /'--([^'=\s]+)/.exec(e instanceof Error ? e.message : '')?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Unknown option --${name}. Run with --help to list the options.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name && VALUE_FLAGS.includes(name)) throw new UsageError(`--${name} needs a value.`);
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const flags = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) if (value !== undefined && value !== false) flags.set(name, value as string | true);
  return {positional: parsed.positionals, flags};
}

/** A flag value as the engine's number parser reads it (numberOrText), or undefined when absent. */
function num(value: string | true | undefined): number | string | undefined {
  return value === undefined || value === true ? undefined : numberOrText(value);
}

function fail(error: Record<string, unknown>, code = 1): never {
  process.stderr.write(`${JSON.stringify({error})}\n`);
  process.exit(code);
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

/** Builds with the engine's builder of that kind, printing its warnings on stderr first. */
function build<K extends BuilderKind>(kind: K, params: BuildParams[K]): string {
  for (const w of validateBuildParams(kind, params).filter((i) => i.severity === 'warning')) {
    process.stderr.write(`${JSON.stringify({warning: {field: w.field, rule: w.rule, value: w.value, message: w.message}})}\n`);
  }
  return buildToken(kind, params);
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
      token = build('rtcRtm2', {...common, channelName, rtcAccount: user as number | string, rtcRole: role, rtcTokenExpire: tokenExpire, ...privileges, rtmUserId: str('rtm-user-id') as string, rtmTokenExpire: (num(flags.get('rtm-token-expire')) ?? tokenExpire) as number});
    } else if (flags.has('rtm-token-expire')) {
      throw new UsageError('--rtm-token-expire needs --rtm-user-id.');
    } else if (perPrivilege.some((v) => v !== undefined)) {
      token = hasUid
        ? build('rtcUidPrivileges', {...common, channelName, uid: user as number, tokenExpire, ...privileges})
        : build('rtcAccountPrivileges', {...common, channelName, account: user as string, tokenExpire, ...privileges});
    } else {
      token = hasUid
        ? build('rtcUid', {...common, channelName, uid: user as number, role, tokenExpire, privilegeExpire})
        : build('rtcAccount', {...common, channelName, account: user as string, role, tokenExpire, privilegeExpire});
    }
  } else if (what === 'rtm') {
    token = build('rtm', {...common, userId: str('user-id') as string, expire: (num(flags.get('expire')) ?? 3600) as number});
  } else {
    const expire = (num(flags.get('expire')) ?? 3600) as number;
    if (flags.has('app') === flags.has('user-id')) throw new UsageError('build chat needs exactly one of --user-id (user token) or --app (app token).');
    token = flags.has('app')
      ? build('chatApp', {...common, expire})
      : build('chatUser', {...common, userId: str('user-id') as string, expire});
  }
  process.stdout.write(`${token}\n`);
}

class DiagnoseUsageError extends UsageError {}

function runDiagnose(positional: string[], flags: Map<string, string | true>, certificate: string | undefined): void {
  for (const name of flags.keys()) if (!ALLOWED.diagnose.includes(name)) throw new DiagnoseUsageError(`--${name} is not an option of diagnose.`);
  if (positional.length !== 1) throw new DiagnoseUsageError('diagnose takes one token (quote it), or "-" to read it from standard input.');
  const token = positional[0] === '-' ? readFileSync(0, 'utf8') : positional[0];
  const str = (name: string) => {
    const v = flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const appId = str('app-id') ?? process.env.AGORA_APP_ID ?? '';
  const channelName = str('channel-name');
  if (!appId) throw new DiagnoseUsageError('diagnose needs --app-id (or $AGORA_APP_ID): the App ID the client joins with.');
  let now: number | undefined;
  if (flags.has('now')) {
    now = Number(str('now'));
    if (!/^\d+$/.test(str('now') ?? '') || now > 4294967295) throw new DiagnoseUsageError('--now is a Unix time in whole seconds.');
  }
  const rtmUserId = str('rtm-user-id');
  if (rtmUserId !== undefined) {
    for (const name of ['channel-name', 'uid', 'account', 'publish']) if (flags.has(name)) throw new DiagnoseUsageError(`--${name} is for joining a channel; with --rtm-user-id the check is an RTM login.`);
    const decodedRtm = decodeToken(token);
    const rtm = diagnoseRtmLogin(decodedRtm, {appId, userId: rtmUserId, now, appCertificate: certificate});
    process.stdout.write(`${JSON.stringify(decodedRtm.cleaned.length > 0 ? {...rtm, cleaned: decodedRtm.cleaned} : rtm, null, 2)}\n`);
    process.exitCode = rtm.verdict === 'joins' ? 0 : 1;
    return;
  }
  if (channelName === undefined) throw new DiagnoseUsageError('diagnose needs --channel-name: the channel the client joins.');
  if (flags.has('uid') === flags.has('account')) throw new DiagnoseUsageError('diagnose needs exactly one of --uid (an integer uid, 0 to let the SDK assign one) or --account (a string user account).');
  let uid: number | string;
  if (flags.has('uid')) {
    const parsed = parseUidText(str('uid') ?? '');
    if (!parsed.ok) throw new DiagnoseUsageError(parsed.message);
    uid = parsed.uid;
  } else {
    uid = str('account') ?? '';
  }
  const decoded = decodeToken(token);
  const diagnosis = diagnoseToken(decoded, {appId, channelName, uid, publish: flags.has('publish'), now, appCertificate: certificate});
  const out: Record<string, unknown> = {...diagnosis};
  if (decoded.cleaned.length > 0) out.cleaned = decoded.cleaned;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  process.exitCode = diagnosis.verdict === 'joins' ? 0 : 1;
}

function main(argv: string[]): void {
  try {
    const {positional, flags} = readCommandLine(argv);
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
    } else if (command === 'diagnose') {
      runDiagnose(rest, flags, certificate);
    } else {
      throw new UsageError(`Unknown command "${command}"; use decode, build or diagnose (see --help).`);
    }
  } catch (e) {
    if (e instanceof TokenInputError) fail({field: e.field, rule: e.rule, value: e.value, message: e.message, issues: e.issues.length > 1 ? e.issues : undefined});
    if (e instanceof DiagnoseUsageError) fail({part: 'usage', message: e.message}, 2);
    if (e instanceof UsageError) fail({part: 'usage', message: e.message});
    fail({message: e instanceof Error ? e.message : String(e)});
  }
}

main(process.argv.slice(2));

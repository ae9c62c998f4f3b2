import {Component, useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type {DecodeError, DecodeResult, DecodedToken, Diagnosis, VerifyResult} from '@site/src/token';
// Values come from the engine's modules rather than its index, so this page does not ship the
// builders.
import {decodeToken} from '@site/src/token/decode';
import {diagnoseRtmLogin, diagnoseToken} from '@site/src/token/diagnose';
import {parseUidText, validateAppId, validateChannelName, validateUid, validateUserAccount} from '@site/src/token/validate';
import {verifyToken} from '@site/src/token/verify';
import {Field} from '../LiveParts/Field';
import {Moment, describeSeconds, useNow} from '../LiveParts/time';
import {certificateInMemory, readReaderValues, takeInspectorHandoff} from '../LiveParts/store';
import {partOf, partLabels, type Part} from './parts';
import {ChatCheck} from './ChatCheck';
import styles from './styles.module.css';
import liveStyles from '../LiveParts/styles.module.css';

export type TokenInspectorProps = {
  /** A token to show from the start (e.g. one a guide page explains). */
  token?: string;
  /** What the client joins with, for the "Will this token work?" check. */
  join?: {appId?: string; channel?: string; user?: string; userKind?: 'uid' | 'account'; publish?: boolean};
  /** Sections the embedding page does not need. */
  hide?: ('signature' | 'diagnosis' | 'layout')[];
  title?: string;
  /** Read a token from the page's `#token=` link (the full /inspect page does). */
  readShareLink?: boolean;
};

type JoinForm = {appId: string; channel: string; user: string; userKind: 'uid' | 'account'; publish: boolean};

const stageLabels: Record<DecodeError['part'], string> = {
  input: 'the pasted text',
  prefix: 'the version prefix',
  base64: 'the base64 text',
  zlib: 'the compressed data',
  field: 'a field inside the token',
  trailing: 'bytes after the end',
};

export default function TokenInspector({token: presetToken = '', join, hide = [], title, readShareLink = false}: TokenInspectorProps): ReactNode {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [input, setInput] = useState(presetToken);
  const [certificate, setCertificate] = useState('');
  const [joinForm, setJoinForm] = useState<JoinForm>({
    appId: join?.appId ?? '',
    channel: join?.channel ?? '',
    user: join?.user ?? '',
    userKind: join?.userKind ?? 'uid',
    publish: join?.publish ?? true,
  });
  const hidden = new Set(hide);

  // After hydration: take a token handed over by the playground (with its certificate, in
  // memory only), or one from the #token= link, and the reader's App ID.
  useEffect(() => {
    const handoff = takeInspectorHandoff();
    const reader = readReaderValues();
    if (handoff) {
      setInput(handoff.token);
      setCertificate(handoff.certificate);
      setJoinForm({appId: handoff.appId, channel: handoff.channel, user: handoff.user, userKind: handoff.userKind, publish: handoff.publish});
      return;
    }
    if (readShareLink) {
      const hash = new URLSearchParams(window.location.hash.slice(1));
      const shared = hash.get('token');
      if (shared) setInput(shared);
    }
    const cert = certificateInMemory();
    if (cert) setCertificate(cert);
    if (reader?.appId) setJoinForm((j) => (j.appId ? j : {...j, appId: reader.appId}));
  }, [readShareLink]);

  const decoded = useMemo(() => (input.trim() === '' ? null : decodeToken(input)), [input]);
  const token = decoded?.ok ? decoded.token : null;

  return (
    <section className={styles.inspector} aria-labelledby={`${id}-title`} data-inspector>
      <h2 id={`${id}-title`} className={styles.title}>
        {title ?? 'Token inspector'}
      </h2>
      <Field
        id={`${id}-token`}
        label="Token, or your token server’s response"
        value={input}
        onChange={setInput}
        multiline
        error={decoded && !decoded.ok ? `Cannot read ${stageLabels[decoded.error.part]}: ${decoded.error.message}` : null}
        hint="Paste it as you have it: spaces, quotes, line breaks and JSON such as {&quot;rtcToken&quot;: &quot;007…&quot;} are cleaned up."
        // Like the certificate field: a token is a credential until it expires, so the browser
        // should not keep it for autofill or session restore, and password managers should skip it.
        inputProps={{'data-field': 'token', autoComplete: 'off', 'data-1p-ignore': true, 'data-lpignore': 'true', 'data-form-type': 'other'} as never}
      />
      {decoded && decoded.cleaned.length > 0 && (
        <ul className={styles.cleaned} aria-label="What was cleaned from the input" data-cleaned>
          {decoded.cleaned.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {decoded === null && (
        <div className={styles.emptyRow}>
          <p className={styles.empty}>Paste a token above to see what it grants, or try one made from the public sample credentials.</p>
          <button
            type="button"
            className="button button--secondary button--sm"
            data-sample-token
            onClick={() => {
              void import('./sample').then(({buildSampleToken}) => {
                const sample = buildSampleToken();
                setInput(sample.token);
                setCertificate(sample.certificate);
                setJoinForm((j) => ({...j, appId: sample.appId, channel: sample.channel, user: sample.uid, userKind: 'uid'}));
              });
            }}>
            Try a sample token
          </button>
        </div>
      )}
      <Contained key={input}>
        {decoded && !decoded.ok && <Malformed text={decoded.text} error={decoded.error} />}
        {token && decoded?.ok && (
          <>
            <ColouredToken text={decoded.text} token={token} />
            {!hidden.has('layout') && <ByteLayout token={token} />}
            <Breakdown token={token} />
            {!hidden.has('signature') && (
              <Signature id={id} token={token} certificate={certificate} onCertificate={setCertificate} joinForm={joinForm} />
            )}
            {!hidden.has('diagnosis') && (
              <WillItWork id={id} decoded={decoded} joinForm={joinForm} setJoinForm={setJoinForm} certificate={certificate} />
            )}
            {!hidden.has('diagnosis') && <ChatCheck id={id} decoded={decoded} appId={joinForm.appId} certificate={certificate} />}
          </>
        )}
      </Contained>
    </section>
  );
}

/**
 * Keeps a rendering failure inside the inspector: whatever is pasted, the page stays up and says
 * what happened. (Decoding never throws; this guards the views built from its result.)
 */
class Contained extends Component<{children: ReactNode}, {failed: string | null}> {
  state = {failed: null as string | null};

  static getDerivedStateFromError(e: unknown): {failed: string} {
    return {failed: e instanceof Error ? `${e.name}: ${e.message}` : String(e)};
  }

  render(): ReactNode {
    if (this.state.failed === null) return this.props.children;
    return (
      <div className={styles.malformed} role="alert" data-decode-error="display">
        <p className={styles.malformedTitle}>The inspector could not show this input.</p>
        <p>Showing it failed ({this.state.failed.slice(0, 200)}). Paste the token alone, exactly as the server returned it.</p>
      </div>
    );
  }
}

/** Where decoding failed, pointed at in the text when the error has a character position. */
function Malformed({text, error}: {text: string | undefined; error: DecodeError}): ReactNode {
  const clean = text === undefined ? {ok: false as const} : {ok: true as const, text};
  const at = (error.part === 'prefix' || error.part === 'base64') && error.offset !== undefined && clean.ok ? error.offset : null;
  return (
    <div className={styles.malformed} role="alert" data-decode-error={error.part}>
      <p className={styles.malformedTitle}>This is not a token the inspector can read.</p>
      <p>
        Problem in {stageLabels[error.part]}
        {error.fieldNumber ? ` (field ${error.fieldNumber}${error.field ? `, ${error.field}` : ''})` : error.field ? ` (${error.field})` : ''}
        {at !== null ? `, at character ${at + 1}` : error.part !== 'field' && error.offset !== undefined ? `, at byte ${error.offset}` : ''}: {error.message}
      </p>
      {at !== null && clean.ok && (
        <p className={styles.pointer}>
          <code>
            {at > 24 ? '…' : ''}
            {clean.text.slice(Math.max(0, at - 24), at)}
            <mark>{clean.text[at] ?? '␄'}</mark>
            {clean.text.slice(at + 1, at + 25)}
            {clean.text.length > at + 25 ? '…' : ''}
          </code>
        </p>
      )}
    </div>
  );
}

/** The token string split into its visible parts, coloured like the byte view below. */
function ColouredToken({text, token}: {text: string; token: DecodedToken}): ReactNode {
  const parts: [Part, string][] =
    token.version === '007'
      ? [
          ['version', text.slice(0, 3)],
          ['body', text.slice(3)],
        ]
      : [
          ['version', text.slice(0, 3)],
          ['appId', text.slice(3, 35)],
          ['body', text.slice(35)],
        ];
  return (
    <div className={styles.block}>
      <h3 className={styles.subTitle}>The token</h3>
      <p className={styles.explain}>
        {token.version === '007'
          ? 'A 007 token is the version “007” followed by base64 of compressed (zlib) content; the content is decoded below.'
          : 'A 006 token is the version “006”, the App ID in clear, then base64 of the content.'}
      </p>
      <pre className={styles.tokenText} data-coloured-token tabIndex={0} aria-label="Token, by part">
        {parts.map(([part, t]) => (
          <span key={part} className={styles[`part-${part}`]} data-part={part}>
            {t}
          </span>
        ))}
      </pre>
      <ColourKey parts={parts.map(([part]) => part)} />
    </div>
  );
}

/** The legend of the colours the token views use, one entry per part shown. */
function ColourKey({parts}: {parts: Part[]}): ReactNode {
  return (
    <ul className={styles.legend} aria-label="Colour key">
      {parts.map((part) => (
        <li key={part}>
          <span className={clsx(styles.swatch, styles[`part-${part}`])} aria-hidden="true">
            ■
          </span>{' '}
          {partLabels[part]}
        </li>
      ))}
    </ul>
  );
}

function hex(bytes: Uint8Array, from: number, length: number): string {
  let out = '';
  for (let i = from; i < from + length && i < bytes.length; i++) out += bytes[i].toString(16).padStart(2, '0') + ' ';
  return out.trim();
}

/** Rows of the field table: a real token has a few dozen fields; a crafted one may have thousands. */
const TABLE_ROWS = 200;

/** Every field of the content with its bytes, coloured by kind, like jwt.io's header/payload/signature. */
function ByteLayout({token}: {token: DecodedToken}): ReactNode {
  const seen = new Set<Part>();
  for (const entry of token.layout) seen.add(partOf(entry.field));
  return (
    <details className={styles.block} open>
      <summary className={styles.subTitle}>Inside the token: {token.content.length} bytes, field by field</summary>
      <p className={styles.byteView} data-byte-view>
        {token.layout.map((entry) => {
          const part = partOf(entry.field);
          return (
            <span key={`${entry.field}-${entry.offset}`} className={styles[`part-${part}`]} title={entry.field}>
              {hex(token.content, entry.offset, entry.length)}{' '}
            </span>
          );
        })}
      </p>
      <ColourKey parts={[...seen]} />
      <details>
        <summary className={styles.tableSummary}>Every field as a table</summary>
        <div className={styles.tableScroll} data-scroll-cue>
          <table className={styles.layoutTable}>
            <caption className={liveStyles.visuallyHidden}>Fields of the decoded content</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Offset</th>
                <th scope="col">Bytes (hex)</th>
              </tr>
            </thead>
            <tbody>
              {token.layout.slice(0, TABLE_ROWS).map((entry) => (
                <tr key={`${entry.field}-${entry.offset}`} data-layout-field={entry.field}>
                  <th scope="row" className={styles[`part-${partOf(entry.field)}`]}>
                    {entry.field}
                  </th>
                  <td>{entry.offset}</td>
                  <td className={styles.hexCell}>{hex(token.content, entry.offset, Math.min(entry.length, 40))}{entry.length > 40 ? ' …' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {token.layout.length > TABLE_ROWS && (
            <p className={styles.explain}>
              The first {TABLE_ROWS} of {token.layout.length} fields; the byte view above shows them all.
            </p>
          )}
        </div>
      </details>
    </details>
  );
}

const serviceTitles: Record<string, string> = {
  rtc: 'RTC (video and voice)',
  rtm: 'RTM (Signaling)',
  streaming: 'Streaming',
  fpa: 'FPA',
  chat: 'Chat',
  fcdn: 'FCDN',
  apaas: 'Flexible Classroom (APaaS)',
  rtm2: 'RTM with permissions',
  convoai: 'Conversational AI',
  stt: 'Speech to text',
};

function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function quoted(value: string): ReactNode {
  return <code>{JSON.stringify(value)}</code>;
}

/** A readable breakdown of every decoded field, with local and UTC times and live countdowns. */
function Breakdown({token}: {token: DecodedToken}): ReactNode {
  const expiry = {future: 'expires', past: 'expired'};
  return (
    <div className={styles.block} data-breakdown>
      <h3 className={styles.subTitle}>What it says</h3>
      <dl className={styles.facts}>
        <Row label="Version" field="version">
          {token.version === '007' ? 'version 007 token (current)' : 'version 006 token (legacy)'}{' '}
          <span className={styles.raw}>
            (older names: <Link to="/docs/guide/reference#glossary">glossary</Link>)
          </span>
        </Row>
        <Row label="App ID" field="appId">
          <code>{token.appId}</code>
        </Row>
        {token.version === '007' ? (
          <>
            <Row label="Issued" field="issueTs">
              <Moment at={token.issueTs} /> <span className={styles.raw}>issueTs {token.issueTs}</span>
            </Row>
            <Row label="Expires" field="expiresAt">
              <Moment at={token.expiresAt} verb={expiry} />{' '}
              <span className={styles.raw}>
                expire {token.expire} s = {describeSeconds(token.expire)} after issue
              </span>
            </Row>
          </>
        ) : (
          <Row label="Expires" field="expiresAt">
            <Moment at={token.expiresAt} verb={expiry} /> <span className={styles.raw}>ts {token.ts}</span>
          </Row>
        )}
        <Row label="Salt" field="salt">
          {token.salt}
        </Row>
        <Row label="Signature" field="signature">
          <code className={styles.wrap}>{token.signature}</code>
        </Row>
        {token.version === '006' && (
          <>
            <Row label="Channel (CRC-32)" field="crcChannelName">
              {token.crcChannelName} <span className={styles.raw}>006 tokens keep only a checksum of the channel name</span>
            </Row>
            <Row label="uid (CRC-32)" field="crcUid">
              {token.crcUid}
            </Row>
          </>
        )}
      </dl>
      <h4 className={styles.servicesTitle}>{token.version === '007' ? `Services (${token.services.length})` : 'Privileges'}</h4>
      {token.version === '007' ? (
        <ol className={styles.services}>
          {token.services.map((s, i) => (
            <li key={i} data-service={s.name}>
              <strong>{serviceTitles[s.name] ?? s.name}</strong> <span className={styles.raw}>type {s.type}</span>
              <ul>
                {'channelName' in s && (
                  <li data-channel={s.channelName}>
                    Channel:{' '}
                    {s.channelName === '' ? 'empty: any channel (a wildcard token)' : quoted(s.channelName)}
                    {s.channelName.includes('*') && ' (a wildcard: * stands for any run of characters)'}
                  </li>
                )}
                {'uid' in s && (
                  <li data-uid={s.uid}>
                    uid: {s.uid === '' ? <>empty: any uid may join (built for uid 0)</> : quoted(s.uid)}
                    {s.uid !== '' && !/^\d+$/.test(s.uid) && (s.uid.includes('*') ? ' (a wildcard: * stands for any run of characters)' : ' (a user account)')}
                  </li>
                )}
                {'account' in s && <li>Account: {quoted(s.account)}</li>}
                {'userId' in s && <li>User ID: {s.userId === '' ? 'empty' : quoted(s.userId)}</li>}
                {'roomUuid' in s && (
                  <li>
                    Room: {quoted(s.roomUuid)}, user: {quoted(s.userUuid)}, role {s.role}
                  </li>
                )}
                {s.privileges.length === 0 && <li>No privileges listed.</li>}
                {s.privileges.map((p) => (
                  <li key={p.id} data-privilege={p.name}>
                    Privilege <strong>{words(p.name)}</strong> ({p.id}):{' '}
                    {p.expiresAt === null ? (
                      'never expires (0)'
                    ) : (
                      <Moment at={p.expiresAt} verb={{future: 'ends', past: 'ended'}} />
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : (
        <ul className={styles.services}>
          {token.privileges.map((p) => (
            <li key={p.id} data-privilege={p.name}>
              Privilege <strong>{words(p.name)}</strong> ({p.id}):{' '}
              {p.expiresAt === null ? 'never expires (0)' : <Moment at={p.expiresAt} verb={{future: 'ends', past: 'ended'}} />}
            </li>
          ))}
        </ul>
      )}
      {token.version === '007' && token.stoppedAt && (
        <p className={styles.warn} data-stopped>
          Decoding stopped at byte {token.stoppedAt.offset}: {token.stoppedAt.reason}
        </p>
      )}
      {token.notes.map((n) => (
        <p key={n} className={styles.warn}>
          {n}
        </p>
      ))}
    </div>
  );
}

function Row({label, field, children}: {label: string; field: string; children: ReactNode}): ReactNode {
  return (
    <div className={styles.factRow} data-fact={field}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The user the client joins with: a uid read strictly (digits only), else the text for the validator to explain. */
function joinUser(form: JoinForm): number | string {
  if (form.userKind === 'account') return form.user;
  const parsed = parseUidText(form.user);
  return parsed.ok ? parsed.uid : form.user;
}

function Signature({
  id,
  token,
  certificate,
  onCertificate,
  joinForm,
}: {
  id: string;
  token: DecodedToken;
  certificate: string;
  onCertificate: (v: string) => void;
  joinForm: JoinForm;
}): ReactNode {
  const result: VerifyResult | null = certificate === '' ? null : verifyToken(token, certificate, token.version === '006' ? {channelName: joinForm.channel, uid: joinUser(joinForm)} : undefined);
  const certError = result && result.status === 'unchecked' && result.field === 'appCertificate' ? result.message : null;
  return (
    <div className={styles.block}>
      <h3 className={styles.subTitle}>Signature</h3>
      <Field
        id={`${id}-certificate`}
        label="App Certificate"
        value={certificate}
        onChange={onCertificate}
        secret
        error={certError}
        hint="To check the signature. It stays in this page: never sent, never saved."
        inputProps={{'data-field': 'certificate'} as never}
      />
      {result && !certError && (
        <p
          className={clsx(styles.verdictLine, result.status === 'valid' ? styles.ok : result.status === 'invalid' ? styles.bad : styles.warn)}
          role="status"
          data-signature={result.status}>
          {result.status === 'valid' ? '✓ Signature valid. ' : result.status === 'invalid' ? '✗ Signature invalid. ' : 'Signature not checked. '}
          {result.message}
        </p>
      )}
    </div>
  );
}

function WillItWork({
  id,
  decoded,
  joinForm,
  setJoinForm,
  certificate,
}: {
  id: string;
  /** The whole decoding, so that a token repaired from what was pasted is judged as Agora receives it. */
  decoded: DecodeResult;
  joinForm: JoinForm;
  setJoinForm: (f: (j: JoinForm) => JoinForm) => void;
  certificate: string;
}): ReactNode {
  const now = useNow();
  const [check, setCheck] = useState<'rtc' | 'rtm'>(() => (decoded.ok && rtmOnly(decoded.token) ? 'rtm' : 'rtc'));
  const [rtmUser, setRtmUser] = useState('');
  const set = (key: keyof JoinForm) => (value: string) => setJoinForm((j) => ({...j, [key]: value}));
  const user = joinUser(joinForm);
  const appIdIssue = joinForm.appId === '' ? null : validateAppId(joinForm.appId);
  const channelIssue = joinForm.channel === '' ? null : validateChannelName(joinForm.channel);
  const userIssue =
    joinForm.user === '' ? null : joinForm.userKind === 'uid' ? validateUid(user) : validateUserAccount(joinForm.user);
  const missing = [joinForm.appId === '' && 'App ID', joinForm.channel === '' && 'channel', joinForm.user === '' && (joinForm.userKind === 'uid' ? 'uid' : 'user account')].filter(
    Boolean,
  ) as string[];
  const blocked = missing.length > 0 || appIdIssue || channelIssue || userIssue;
  const rtmMissing = [joinForm.appId === '' && 'App ID', rtmUser === '' && 'RTM user id'].filter(Boolean) as string[];
  const rtmBlocked = rtmMissing.length > 0 || appIdIssue;
  const diagnosis: Diagnosis | null =
    check === 'rtm'
      ? rtmBlocked || now === null
        ? null
        : diagnoseRtmLogin(decoded, {appId: joinForm.appId, userId: rtmUser, now, appCertificate: certificate || undefined})
      : blocked || now === null
      ? null
      : diagnoseToken(decoded, {
          appId: joinForm.appId,
          channelName: joinForm.channel,
          uid: user,
          publish: joinForm.publish,
          now,
          appCertificate: certificate || undefined,
        });
  return (
    <div className={styles.block}>
      <h3 className={styles.subTitle}>Will this token work?</h3>
      <fieldset className={styles.inlineChoice}>
        <legend>The client uses the token to</legend>
        {(['rtc', 'rtm'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name={`${id}-check`} checked={check === kind} onChange={() => setCheck(kind)} data-check={kind} />{' '}
            {kind === 'rtc' ? 'join a channel (RTC)' : 'log in to RTM (Signaling)'}
          </label>
        ))}
      </fieldset>
      {check === 'rtm' ? (
        <>
          <p className={styles.explain}>Enter what your client passes to the RTM client and its <code>login()</code>:</p>
          <div className={styles.joinGrid}>
            <Field id={`${id}-join-appId`} label="App ID the client uses" value={joinForm.appId} onChange={set('appId')} error={appIdIssue?.message} inputProps={{'data-field': 'join-appId'} as never} />
            <Field id={`${id}-rtm-user`} label="RTM user id it logs in as" value={rtmUser} onChange={setRtmUser} inputProps={{'data-field': 'rtm-user'} as never} />
          </div>
        </>
      ) : (
        <>
          <p className={styles.explain}>Enter what your client passes to <code>join()</code>:</p>
          <div className={styles.joinGrid}>
            <Field id={`${id}-join-appId`} label="App ID the client uses" value={joinForm.appId} onChange={set('appId')} error={appIdIssue?.message} inputProps={{'data-field': 'join-appId'} as never} />
            <Field id={`${id}-join-channel`} label="Channel it joins" value={joinForm.channel} onChange={set('channel')} error={channelIssue?.message} inputProps={{'data-field': 'join-channel'} as never} />
            <div>
              <Field
                id={`${id}-join-user`}
                label={joinForm.userKind === 'uid' ? 'uid it joins with' : 'User account it joins with'}
                value={joinForm.user}
                onChange={set('user')}
                error={userIssue?.message}
                inputProps={{'data-field': 'join-user'} as never}
              />
              <fieldset className={styles.inlineChoice}>
                <legend className={liveStyles.visuallyHidden}>The client joins with</legend>
                {(['uid', 'account'] as const).map((kind) => (
                  <label key={kind}>
                    <input
                      type="radio"
                      name={`${id}-join-kind`}
                      checked={joinForm.userKind === kind}
                      onChange={() => setJoinForm((j) => ({...j, userKind: kind}))}
                    />{' '}
                    {kind === 'uid' ? 'an integer uid' : 'a string user account'}
                  </label>
                ))}
              </fieldset>
            </div>
          </div>
          <label className={styles.checkbox}>
            <input type="checkbox" checked={joinForm.publish} onChange={(e) => setJoinForm((j) => ({...j, publish: e.target.checked}))} /> It will publish
            audio or video (host / broadcaster)
          </label>
        </>
      )}
      <div role="status" data-verdict-region>
        {(check === 'rtm' ? rtmBlocked : blocked) ? (
          <p className={styles.explain}>
            {(check === 'rtm' ? rtmMissing : missing).length > 0
              ? `Enter the ${(check === 'rtm' ? rtmMissing : missing).join(', ')} to get Agora’s verdict.`
              : 'Fix the highlighted field to get Agora’s verdict.'}
          </p>
        ) : diagnosis ? (
          <Verdict diagnosis={diagnosis} />
        ) : null}
      </div>
    </div>
  );
}

/** A token made only for RTM: the check starts as an RTM login rather than a channel join. */
function rtmOnly(token: DecodedToken): boolean {
  if (token.version === '006') return token.privileges.some((p) => p.id === 1000) && !token.privileges.some((p) => p.id === 1);
  return token.services.some((s) => s.type === 2 || s.type === 8) && !token.services.some((s) => s.type === 1);
}

function Verdict({diagnosis}: {diagnosis: Diagnosis}): ReactNode {
  const tone = diagnosis.verdict === 'joins' ? styles.verdictOk : diagnosis.verdict === 'rejected' ? styles.verdictBad : styles.verdictWarn;
  return (
    <div className={clsx(styles.verdict, tone)} data-verdict={diagnosis.verdict} data-code={diagnosis.code ?? ''}>
      <p className={styles.verdictSummary}>
        {diagnosis.verdict === 'joins' ? '✓ ' : diagnosis.verdict === 'rejected' ? '✗ ' : '⚠ '}
        {diagnosis.onceIntact ? `${diagnosis.summary.split(':')[0]}: Agora rejects the token as given.` : diagnosis.summary}
      </p>
      {diagnosis.onceIntact && (
        <p className={styles.explain} data-once-intact={diagnosis.onceIntact.verdict}>
          Once the client sends it intact: {diagnosis.onceIntact.summary}
        </p>
      )}
      {diagnosis.findings.length > 0 && (
        <ul className={styles.findings}>
          {diagnosis.findings.map((f, i) => (
            <li key={i} data-finding={String(f.code)}>
              <strong>
                {typeof f.code === 'number' ? `Error ${f.code}: ` : f.code === 'cannot-publish' ? 'Cannot publish: ' : f.code === 'warning' ? 'Watch out: ' : 'Note: '}
                {f.title}.
              </strong>{' '}
              {f.reason} <span className={styles.fix}>Fix: {f.fix}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

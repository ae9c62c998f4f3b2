import {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import {decodeToken, verifyToken} from '@site/src/token';
import {Field} from '../ui/Field';
import {certificateInMemory, readReaderValues, takeInspectorHandoff} from '../readerValues';
import {ByteLayout} from './ByteLayout';
import {Breakdown} from './Breakdown';
import {ColouredToken} from './ColouredToken';
import {Contained} from './Contained';
import {joinUser, type JoinForm} from './joinForm';
import {Malformed, stageLabels} from './Malformed';
import {Signature} from './Signature';
import {WillItWork} from './WillItWork';
import {ChatCheck} from './ChatCheck';
import styles from './styles.module.css';

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

/** Reads a pasted token and shows it: its parts, its bytes, what it grants, its signature and Agora's verdict. */
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
  // Checked once here: the signature section shows it and the verdict reuses it (a 006 token is
  // checked against the channel and uid the client joins with).
  const context006 = token?.version === '006' ? {channelName: joinForm.channel, uid: joinUser(joinForm)} : undefined;
  const verified = useMemo(
    () => (token === null || certificate === '' ? null : verifyToken(token, certificate, context006)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a 007 check does not depend on the join fields
    [token, certificate, context006?.channelName, context006?.uid],
  );

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
              <Signature id={id} certificate={certificate} onCertificate={setCertificate} result={verified} />
            )}
            {!hidden.has('diagnosis') && (
              <WillItWork id={id} decoded={decoded} joinForm={joinForm} setJoinForm={setJoinForm} certificate={certificate} verified={token.version === '007' ? verified ?? undefined : undefined} />
            )}
            {!hidden.has('diagnosis') && <ChatCheck id={id} decoded={decoded} appId={joinForm.appId} certificate={certificate} />}
          </>
        )}
      </Contained>
    </section>
  );
}


import {use, useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import {Field} from '../ui/Field';
import {certificateInMemory, readReaderValues, takeInspectorHandoff} from '../readerValues';
import type {JoinForm} from './joinForm';
import {loadOnce, useLoadedOnce} from '../ui/loadOnce';
import styles from './styles.module.css';

// Decoding, the signature check and the result views load only once there is a token to read,
// so the empty inspector (the /inspect page on a fresh visit) loads only its form. On the server
// they load before pages render, so a token given from the start is in the pre-rendered HTML.
const readingCode = loadOnce(() => import('./Reading'));
if (typeof window === 'undefined') void readingCode.load();

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

  const hasInput = input.trim() !== '';
  // A token given from the start shows its results at once, as in the pre-rendered HTML: until
  // the reading code is in, this waits (suspends) rather than showing the form without them.
  // Any other input (typed, pasted, shared, handed over) loads it now and shows results once in.
  const loaded = useLoadedOnce(readingCode, hasInput);
  const read = loaded ?? (hasInput && input === presetToken ? use(readingCode.load()) : undefined);
  const decoded = useMemo(() => (hasInput && read ? read.decodeToken(input) : null), [hasInput, read, input]);

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
        error={decoded && read ? read.tokenFieldError(decoded) : null}
        hint="Paste it as you have it: spaces, quotes, line breaks and JSON such as {&quot;rtcToken&quot;: &quot;007…&quot;} are cleaned up."
        // Like the certificate field: a token is a credential until it expires, so the browser
        // should not keep it for autofill or session restore, and password managers should skip it.
        inputProps={{'data-field': 'token', autoComplete: 'off', 'data-1p-ignore': true, 'data-lpignore': 'true', 'data-form-type': 'other'} as never}
      />
      {!hasInput && (
        <div className={styles.emptyRow}>
          <p className={styles.empty}>Paste a token above to see what it grants, or try one made from the public sample credentials.</p>
          <button
            type="button"
            className="button button--secondary button--sm"
            data-sample-token
            onClick={() => {
              // The reading code loads alongside, so the results come with the sample.
              void Promise.all([import('./sample'), readingCode.load()]).then(([{buildSampleToken}]) => {
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
      {decoded && read && (
        <read.Reading
          id={id}
          input={input}
          decoded={decoded}
          certificate={certificate}
          setCertificate={setCertificate}
          joinForm={joinForm}
          setJoinForm={setJoinForm}
          hidden={hidden}
        />
      )}
    </section>
  );
}


import {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {Field} from '../ui/Field';
import {describeSeconds} from '../ui/time';
import {
  certificateInMemory,
  publishReaderValues,
  readReaderValues,
  rememberCertificateInMemory,
  setInspectorHandoff,
} from '../readerValues';
import {advancedKinds, allKinds, fieldsFor, initialForm, isRtc, kindLabel, mainKinds, sampleCredentials, type FieldName, type FormState, type TokenKind} from './form';
import {fromShareQuery, secretParams, toShareQuery} from './shareLink';
import {fieldInfo, lifetimePresets} from './fields';
import {readRemembered, writeRemembered} from './storage';
import {buildFromForm} from './formToParams';
import {Result} from './Result';
import styles from './styles.module.css';

export type TokenPlaygroundProps = {
  /** Starting values, e.g. `{kind: 'rtcUid', channel: 'demo', role: 'subscriber'}`. Never a certificate. */
  preset?: Partial<Omit<FormState, 'certificate'>>;
  /**
   * Fields the embedding page does not need; they keep their preset values. `kind` hides the
   * type picker, `perPrivilege` the per-privilege expiry switch.
   */
  hide?: (FieldName | 'kind' | 'perPrivilege')[];
  /** Token types offered (default: all). */
  kinds?: TokenKind[];
  /** Heading shown above the playground when embedded in a guide page. */
  title?: string;
  /** Read the form from the page's share link (the full /playground page does). */
  readShareLink?: boolean;
};

export default function TokenPlayground({
  preset,
  hide = [],
  kinds = allKinds,
  title,
  readShareLink = false,
}: TokenPlaygroundProps): ReactNode {
  const isBrowser = useIsBrowser();
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [form, setForm] = useState<FormState>(() => ({...initialForm, ...preset, certificate: ''}));
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(() => new Set());
  const [remember, setRemember] = useState(false);
  const playgroundPath = useBaseUrl('/playground');
  const inspectPath = '/inspect';
  const hidden = new Set<string>(hide);

  // After hydration: restore what the reader already gave (share link, remembered App ID,
  // values from another playground in this tab). Done in an effect so the server-rendered
  // HTML and the first client render are identical.
  useEffect(() => {
    const next: Partial<FormState> = {};
    const remembered = readRemembered();
    if (remembered !== null) {
      next.appId = remembered;
      setRemember(true);
    }
    const shared = readReaderValues();
    if (!next.appId && shared?.appId) next.appId = shared.appId;
    const cert = certificateInMemory();
    if (cert) next.certificate = cert;
    if (readShareLink) {
      const url = new URL(window.location.href);
      Object.assign(next, fromShareQuery(url.search));
      // A certificate must never sit in an address bar or history: drop it if someone put one there.
      if (secretParams.some((p) => url.searchParams.has(p))) {
        for (const p of secretParams) url.searchParams.delete(p);
        window.history.replaceState(window.history.state, '', url.toString());
      }
    }
    if (Object.keys(next).length > 0) setForm((f) => ({...f, ...next}));
  }, [readShareLink]);

  const result = useMemo(() => (isBrowser ? buildFromForm(form) : null), [form, isBrowser]);

  // Share the non-secret values with code samples; the certificate stays in memory only.
  const published = useRef(false);
  useEffect(() => {
    if (!isBrowser) return;
    if (!published.current && form === initialForm) return;
    published.current = true;
    const account = form.kind === 'rtcUid' ? form.uid : isRtc(form.kind) ? form.account : form.userId;
    publishReaderValues({
      appId: form.appId,
      channel: form.channel,
      user: account,
      userKind: form.kind === 'rtcUid' ? 'uid' : 'account',
      role: form.role,
      tokenLifetime: form.tokenLifetime,
      privilegeLifetime: form.privilegeLifetime,
    });
    rememberCertificateInMemory(form.certificate);
  }, [form, isBrowser]);

  useEffect(() => {
    if (remember) writeRemembered(form.appId);
  }, [remember, form.appId]);

  const set = (field: FieldName, value: string) => {
    setForm((f) => ({...f, [field]: value}));
    setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  };

  const visibleFields = fieldsFor(form.kind, form.perPrivilege);
  const errorFor = (field: FieldName): string | null => {
    if (!result || result.ok) return null;
    const message = result.errors[field];
    if (!message) return null;
    // An empty field the reader has not reached yet is not an error to shout about.
    if (form[field as keyof FormState] === '' && !touched.has(field)) return null;
    return message;
  };

  const renderField = (field: FieldName) => {
    if (hidden.has(field)) return null;
    const fieldId = `${id}-${field}`;
    if (field === 'role') {
      return (
        <fieldset key={field} className={styles.radioGroup}>
          <legend className={styles.legend}>Role</legend>
          {(['publisher', 'subscriber'] as const).map((role) => (
            <label key={role} className={styles.radio}>
              <input
                type="radio"
                name={`${id}-role`}
                value={role}
                checked={form.role === role}
                onChange={() => setForm((f) => ({...f, role}))}
              />{' '}
              {role === 'publisher' ? 'Publisher (join and publish)' : 'Subscriber (join only)'}
            </label>
          ))}
        </fieldset>
      );
    }
    const info = fieldInfo[field];
    const value = form[field];
    const seconds = info.presets && /^\d+$/.test(value) ? Number(value) : null;
    return (
      <Field
        key={field}
        id={fieldId}
        label={info.label}
        value={value}
        onChange={(v) => set(field, v)}
        error={errorFor(field)}
        warning={result?.warnings[field] ?? null}
        secret={field === 'certificate'}
        hint={seconds !== null && info.presets ? `${info.hint} Now: ${describeSeconds(seconds)}.` : info.hint}
        inputProps={{
          inputMode: info.numeric ? 'numeric' : undefined,
          name: field,
          'data-field': field,
        } as never}
        after={
          info.presets ? (
            <span className={styles.presets} role="group" aria-label={`${info.label}: presets`}>
              {lifetimePresets.map(([secs, label]) => (
                <button
                  key={secs}
                  type="button"
                  className="button button--outline button--secondary button--sm"
                  aria-pressed={value === secs}
                  onClick={() => set(field, secs)}>
                  {label}
                </button>
              ))}
            </span>
          ) : undefined
        }
      />
    );
  };

  const offered = kinds.filter((k) => allKinds.includes(k));
  const offeredMain = offered.filter((k) => mainKinds.includes(k));
  const offeredAdvanced = offered.filter((k) => advancedKinds.includes(k));

  const kindRadio = (kind: TokenKind) => (
    <label key={kind} className={styles.radio}>
      <input
        type="radio"
        name={`${id}-kind`}
        value={kind}
        checked={form.kind === kind}
        onChange={() => setForm((f) => ({...f, kind}))}
      />{' '}
      {kindLabel(kind)}
    </label>
  );

  const shareLink = () => `${window.location.origin}${playgroundPath}?${toShareQuery(form)}`;

  return (
    <section className={styles.playground} aria-labelledby={`${id}-title`} data-playground>
      <h2 id={`${id}-title`} className={styles.title}>
        {title ?? 'Token playground'}
      </h2>
      {/* Form and token side by side when the playground is wide enough (styles.module.css). */}
      <div className={styles.layout}>
      <form className={styles.form} onSubmit={(e) => e.preventDefault()} noValidate>
        <fieldset className={styles.group}>
          <legend className={styles.legend}>Credentials</legend>
          {renderField('appId')}
          {renderField('certificate')}
          {!hidden.has('appId') && !hidden.has('certificate') && (
            <div className={styles.sampleRow}>
              <button
                type="button"
                className="button button--secondary button--sm"
                onClick={() => {
                  setForm((f) => ({...f, ...sampleCredentials}));
                  setTouched((t) => new Set(t).add('appId').add('certificate'));
                }}>
                Use sample credentials
              </button>
              <span className={styles.note}>
                Public, made-up test values: the tokens they make are well formed, and Agora rejects them.
              </span>
            </div>
          )}
          {!hidden.has('appId') && (
            <label className={styles.checkbox}>
              <input
                type="checkbox"
                checked={remember}
                onChange={(e) => {
                  setRemember(e.target.checked);
                  if (!e.target.checked) writeRemembered(null);
                }}
              />{' '}
              Remember my App ID on this device (never the certificate)
            </label>
          )}
        </fieldset>

        {!hidden.has('kind') && offered.length > 1 && (
          <fieldset className={styles.group}>
            <legend className={styles.legend}>Token type</legend>
            <div className={styles.kinds}>{offeredMain.map(kindRadio)}</div>
            {offeredAdvanced.length > 0 && (
              <details className={styles.details} open={advancedKinds.includes(form.kind) || undefined}>
                <summary>More services</summary>
                <div className={styles.kinds}>{offeredAdvanced.map(kindRadio)}</div>
              </details>
            )}
          </fieldset>
        )}

        <fieldset className={styles.group}>
          <legend className={styles.legend}>{kindLabel(form.kind)}</legend>
          {form.kind === 'fpa' && (
            <p className={styles.note}>An FPA token has no other fields: it always lasts 24 hours.</p>
          )}
          {visibleFields.map(renderField)}
          {isRtc(form.kind) && !hidden.has('perPrivilege') && (
            <label className={styles.checkbox}>
              <input
                type="checkbox"
                checked={form.perPrivilege}
                onChange={(e) => setForm((f) => ({...f, perPrivilege: e.target.checked}))}
              />{' '}
              Advanced: a separate expiry for each privilege (publishing ones need co-host authentication)
            </label>
          )}
        </fieldset>
      </form>

      {/* On a phone the token is a long scroll below the first fields: this link stays at the
          bottom of the screen while the form is in view, says whether the token is ready, and
          leads to it. Hidden when the token sits beside the form. */}
      <a className={styles.jumpToToken} href={`#${id}-result`}>
        {result?.ok ? 'Token ready: go to it ↓' : 'Go to your token ↓'}
      </a>

      <Result
        id={id}
        result={result}
        form={form}
        hiddenErrors={
          result && !result.ok
            ? (Object.keys(result.errors) as FieldName[]).filter(
                (f) => (hidden.has(f) || !visibleFieldsWithCreds(visibleFields).includes(f)) && result.errors[f],
              )
            : []
        }
        errorFor={errorFor}
        // The token travels in memory, not in the link: a live token in the address bar would stay
        // in the browser's history. #token= links are for sharing on purpose only.
        inspectTo={inspectPath}
        onOpenInspector={(event) => {
          // A new tab or window does not share this memory: leave nothing pending for a later visit.
          if (!result?.ok || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          setInspectorHandoff({
            token: result.token,
            certificate: form.certificate,
            appId: form.appId,
            channel: form.channel,
            user: form.kind === 'rtcUid' ? form.uid : form.account,
            userKind: form.kind === 'rtcUid' ? 'uid' : 'account',
            publish: form.role === 'publisher' || form.perPrivilege,
          });
        }}
        shareLink={shareLink}
      />
      </div>
    </section>
  );
}

function visibleFieldsWithCreds(fields: FieldName[]): FieldName[] {
  return ['appId', 'certificate', ...fields];
}


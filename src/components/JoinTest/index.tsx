import {useEffect, useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {tokenForJoinTest} from '../readerValues';
import {checkForm, compare, diagnose, runJoinTest, type FormErrors, type JoinArgs, type JoinForm, type JoinTestEvent, type SdkFailure, type TestSdk} from './model';
import type {Diagnosis} from '@site/src/token';
import styles from './styles.module.css';
import fieldStyles from '../ui/field.module.css';

export type JoinTestProps = {
  title?: string;
  /** The level of the title: 3 below a page's h2 (the default), 2 on a page of its own. */
  headingLevel?: 2 | 3;
  defaultChannel?: string;
  defaultUser?: string;
};

type Outcome =
  | {state: 'idle'}
  | {state: 'loading'; line: string}
  | {state: 'joined'; uid: number | string}
  | {state: 'failed'; failure: SdkFailure; diagnosis: Diagnosis | null; args: JoinArgs}
  | {state: 'left'};

// Agora's Web SDK, fetched from this site's own origin (a separate chunk) only when Join is pressed.
const loadSdk = (): Promise<TestSdk> => import(/* webpackChunkName: "agora-rtc-sdk" */ 'agora-rtc-sdk-ng').then((m) => m.default as unknown as TestSdk);

/**
 * Joins a real Agora channel once with the reader's token, shows the camera preview and the uid
 * Agora admitted, then leaves. On failure, the SDK's error is shown beside the inspector's
 * diagnosis of the same token and values. It never asks for the App Certificate.
 */
export default function JoinTest({title = 'Join test', headingLevel = 3, defaultChannel = 'demo', defaultUser = '1234'}: JoinTestProps): ReactNode {
  const Title = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const id = useId();
  const [form, setForm] = useState<JoinForm>({appId: '', channel: defaultChannel, user: defaultUser, userKind: 'uid', token: ''});
  const [errors, setErrors] = useState<FormErrors>({});
  const [outcome, setOutcome] = useState<Outcome>({state: 'idle'});
  const [offer, setOffer] = useState<ReturnType<typeof tokenForJoinTest>>(null);
  const preview = useRef<HTMLDivElement>(null);
  const leave = useRef<(() => Promise<void>) | null>(null);

  useEffect(() => {
    setOffer(tokenForJoinTest());
    return () => void leave.current?.();
  }, []);

  const set = (field: keyof JoinForm) => (value: string) => setForm((f) => ({...f, [field]: value}));

  const onEvent = (event: JoinTestEvent) => {
    if (event.type === 'camera-unavailable') setOutcome({state: 'loading', line: `No camera preview (${event.reason}); joining anyway.`});
    if (event.type === 'joining') setOutcome((o) => ({state: 'loading', line: `${o.state === 'loading' && o.line.startsWith('No camera') ? `${o.line} ` : ''}Joining…`}));
    if (event.type === 'joined') setOutcome({state: 'joined', uid: event.uid});
    if (event.type === 'left') setOutcome({state: 'left'});
  };

  const join = async (event: FormEvent) => {
    event.preventDefault();
    const {errors: found, args} = checkForm(form);
    setErrors(found);
    if (!args) return;
    setOutcome({state: 'loading', line: "Loading Agora's Web SDK…"});
    try {
      const sdk = await loadSdk();
      setOutcome({state: 'loading', line: `Agora Web SDK ${sdk.VERSION} loaded. Starting the camera…`});
      leave.current = await runJoinTest(sdk, args, {
        preview: preview.current!,
        onEvent: (e) => {
          if (e.type === 'failed') void showFailure(e.error, args);
          else onEvent(e);
        },
      });
    } catch (error) {
      await showFailure({code: 'SDK_NOT_LOADED', message: String(error), kind: 'other'}, args);
    }
  };

  const showFailure = async (failure: SdkFailure, args: JoinArgs) => {
    const diagnosis = await diagnose(args).catch(() => null);
    setOutcome({state: 'failed', failure, diagnosis, args});
  };

  const doLeave = async () => {
    const run = leave.current;
    leave.current = null;
    await run?.();
  };

  const busy = outcome.state === 'loading';
  const field = (name: keyof JoinForm, label: string, hint?: string, multiline = false) => {
    const inputId = `${id}-${name}`;
    const common = {
      id: inputId,
      className: fieldStyles.gridInput,
      value: form[name],
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': errors[name] ? `${inputId}-error` : undefined,
      spellCheck: false,
      autoComplete: 'off',
      'data-field': `join-test-${name}`,
    } as const;
    return (
      <div className={clsx(fieldStyles.gridField, multiline && styles.wide)}>
        <label className={fieldStyles.gridLabel} htmlFor={inputId}>
          {label}
        </label>
        {multiline ? <textarea {...common} rows={3} onChange={(e) => set(name)(e.target.value)} /> : <input {...common} type="text" onChange={(e) => set(name)(e.target.value)} />}
        {hint && !errors[name] && <p>{hint}</p>}
        {errors[name] && (
          <p id={`${inputId}-error`} className={fieldStyles.gridFieldError}>
            {errors[name]}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className={styles.joinTest} aria-labelledby={`${id}-title`} data-join-test data-state={outcome.state}>
      <Title id={`${id}-title`}>{title}</Title>
      <p className={styles.notice}>
        <strong>This step connects to Agora.</strong> When you press Join, this page loads Agora's Web SDK (from this site) and sends the App
        ID, channel, user and token to Agora's servers, as your app would. It turns your camera on for a preview. It never needs your App
        Certificate.
      </p>
      <form className={fieldStyles.formGrid} onSubmit={join} noValidate>
        {field('appId', 'App ID')}
        {field('channel', 'Channel')}
        <fieldset className={fieldStyles.gridField}>
          <legend className={fieldStyles.gridLabel}>User</legend>
          <label>
            <input type="radio" name={`${id}-kind`} checked={form.userKind === 'uid'} onChange={() => set('userKind')('uid')} /> uid
          </label>{' '}
          <label>
            <input type="radio" name={`${id}-kind`} checked={form.userKind === 'account'} onChange={() => set('userKind')('account')} /> user account
          </label>
        </fieldset>
        {field('user', form.userKind === 'uid' ? 'uid' : 'User account')}
        {field('token', 'Token (leave empty to join without one)', undefined, true)}
        <div className={clsx(styles.actions, styles.wide)}>
          <button type="submit" className="button button--primary" disabled={busy || outcome.state === 'joined'}>
            Join
          </button>
          {outcome.state === 'joined' && (
            <button type="button" className="button button--secondary" onClick={doLeave}>
              Leave
            </button>
          )}
          {offer && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setForm({appId: offer.appId, channel: offer.channel, user: offer.user, userKind: offer.userKind, token: offer.token})}>
              Use the playground's token
            </button>
          )}
        </div>
      </form>
      <div ref={preview} className={styles.preview} aria-label="Your camera preview" role="img" />
      <p className={styles.status} role="status" data-join-status>
        {outcome.state === 'loading' && outcome.line}
        {outcome.state === 'joined' && `Joined as uid ${outcome.uid}: Agora accepts this token.`}
        {outcome.state === 'left' && 'Left the channel.'}
        {outcome.state === 'failed' && 'The join failed.'}
      </p>
      {outcome.state === 'failed' && (
        <div className={styles.results}>
          <div className={styles.result} data-sdk-error={outcome.failure.code}>
            <Sub>What Agora's SDK said</Sub>
            <p>
              <code>{outcome.failure.code || 'Error'}</code>: {outcome.failure.message}
            </p>
          </div>
          <div className={styles.result} data-diagnosis-code={outcome.diagnosis?.code ?? outcome.diagnosis?.verdict ?? 'no-token'}>
            <Sub>What the inspector says about this token</Sub>
            <p>{outcome.diagnosis ? outcome.diagnosis.summary : 'No token: a project with an App Certificate refuses every join without one.'}</p>
            {outcome.diagnosis && <p>{compare(outcome.failure, outcome.diagnosis)}</p>}
          </div>
        </div>
      )}
    </section>
  );
}

import {useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {checkTokens, explainNetwork, explainStatus, fieldsFor, planRequests, ROUTES, type Check, type PostTokenType, type Explanation, type FieldErrors, type Plan, type RouteKind, type TesterForm} from './model';
import styles from './styles.module.css';
import fieldStyles from '../ui/field.module.css';

export type TokenServerTesterProps = {
  /** The address shown at first, e.g. a guide's local server. */
  defaultServerUrl?: string;
  defaultRoute?: RouteKind;
  defaultChannel?: string;
  defaultUid?: string;
};

type StepStatus = 'pending' | 'running' | 'ok' | 'warn' | 'error' | 'skipped';
type Step = {title: string; status: StepStatus; summary?: string; explanation?: Explanation; checks?: Check[]};

type Outcome = {kind: 'http'; status: number; body: unknown; ms: number} | {kind: 'network'; reason: 'cors' | 'down' | 'timeout'};

const TIMEOUT_MS = 10_000;

// One GET, as the reader's app would send it. When it fails without an answer the page may
// read, a second, no-cors request to the same URL tells "refused by CORS" (the server answered)
// from "nothing there": a no-cors request succeeds whenever any HTTP answer arrives.
async function get(url: string, headers: Record<string, string>, post?: string): Promise<Outcome> {
  const started = performance.now();
  try {
    const res = await fetch(url, {method: post === undefined ? 'GET' : 'POST', body: post, headers, cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS)});
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: the checks report it.
    }
    return {kind: 'http', status: res.status, body, ms: Math.round(performance.now() - started)};
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return {kind: 'network', reason: 'timeout'};
    try {
      await fetch(url, {mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS)});
      return {kind: 'network', reason: 'cors'};
    } catch {
      return {kind: 'network', reason: 'down'};
    }
  }
}

const STATUS_TEXT: Record<StepStatus | Check['status'], string> = {
  pending: 'Not run',
  running: 'Running',
  ok: 'Passed',
  warn: 'Warning',
  error: 'Failed',
  skipped: 'Skipped',
  info: 'Note',
};
const STATUS_MARK: Record<StepStatus | Check['status'], string> = {pending: '○', running: '…', ok: '✓', warn: '!', error: '✗', skipped: '–', info: 'i'};

function Mark({status}: {status: StepStatus | Check['status']}) {
  return (
    <span className={clsx(styles.mark, styles[status])}>
      <span aria-hidden="true">{STATUS_MARK[status]}</span>
      <span className={fieldStyles.visuallyHidden}>{STATUS_TEXT[status]}: </span>
    </span>
  );
}

type FieldProps = {id: string; label: string; error?: string; hint?: string; children: (describedBy: string | undefined) => ReactNode};

function Field({id, label, error, hint, children}: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={fieldStyles.gridField}>
      <label htmlFor={id} className={fieldStyles.gridLabel}>
        {label}
      </label>
      {children(describedBy)}
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={clsx(fieldStyles.gridFieldError, styles.fieldError)}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Tests a reader's token server from the browser: GET /ping, then a token route, then decodes
 * the token with the site's engine and checks it carries what was asked for. It sends nothing
 * until the reader presses the button, and never asks for the App Certificate.
 */
export default function TokenServerTester({defaultServerUrl = 'http://localhost:8080', defaultRoute = 'rtc', defaultChannel = 'demo', defaultUid = '1234'}: TokenServerTesterProps): ReactNode {
  const id = useId();
  const [form, setForm] = useState<TesterForm>({
    serverUrl: defaultServerUrl,
    route: defaultRoute,
    channel: defaultChannel,
    role: 'publisher',
    uidType: 'uid',
    uid: defaultUid,
    rtmUser: '',
    postTokenType: 'rtc',
    expiry: '3600',
    appId: '',
    bearer: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [steps, setSteps] = useState<Step[] | null>(null);
  const [summary, setSummary] = useState('');
  const running = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof TesterForm>(key: K, value: TesterForm[K]) => {
    setForm((f) => ({...f, [key]: value}));
    setErrors((e) => ({...e, [key]: undefined}));
  };
  const shown = fieldsFor(form);
  const preview = planRequests(form, typeof window === 'undefined' ? 'http:' : window.location.protocol);

  async function run(plan: Plan) {
    const list: Step[] = [
      {title: 'GET /ping', status: 'running'},
      {title: `${plan.method} ${plan.tokenPath}`, status: 'pending'},
      {title: 'Decode the token and check it', status: 'pending'},
    ];
    const update = (i: number, step: Partial<Step>) => {
      list[i] = {...list[i], ...step};
      setSteps([...list]);
    };
    setSteps([...list]);
    setSummary('Testing…');
    const origin = window.location.origin;
    // A bearer header or a JSON body makes the browser send a CORS preflight first.
    const withBearer = plan.headers.Authorization !== undefined || plan.method === 'POST';
    const stopAfter = (i: number) => {
      for (let j = i + 1; j < list.length; j++) update(j, {status: 'skipped'});
    };

    // /ping carries no Authorization header: it is open on the reference server.
    const ping = await get(plan.pingUrl, {});
    if (ping.kind === 'network') {
      update(0, {status: 'error', explanation: explainNetwork(ping.reason, plan.pingUrl, origin, false)});
      stopAfter(0);
      return 'The server could not be reached from this page.';
    }
    const pong = typeof ping.body === 'object' && ping.body !== null && (ping.body as {message?: unknown}).message === 'pong';
    if (ping.status === 200) {
      update(0, {status: pong ? 'ok' : 'warn', summary: pong ? `pong in ${ping.ms} ms; CORS allows this page.` : `200 in ${ping.ms} ms, but not {"message":"pong"}: a server other than the reference server?`});
    } else {
      update(0, {status: 'warn', explanation: explainStatus('ping', plan.pingUrl, ping.status, ping.body)});
    }

    update(1, {status: 'running'});
    const res = await get(plan.tokenUrl, plan.headers, plan.body);
    if (res.kind === 'network') {
      update(1, {status: 'error', explanation: explainNetwork(res.reason, plan.tokenUrl, origin, withBearer)});
      stopAfter(1);
      return 'The token request failed.';
    }
    if (res.status !== 200) {
      update(1, {status: 'error', explanation: explainStatus('token', plan.tokenUrl, res.status, res.body)});
      stopAfter(1);
      return `The token route answered ${res.status}.`;
    }
    update(1, {status: 'ok', summary: `200 in ${res.ms} ms.`});
    const checks = checkTokens(plan, res.body, Math.floor(Date.now() / 1000));
    const failed = checks.filter((c) => c.status === 'error').length;
    const warned = checks.filter((c) => c.status === 'warn').length;
    update(2, {status: failed ? 'error' : warned ? 'warn' : 'ok', checks});
    if (failed) return `${failed} check${failed > 1 ? 's' : ''} failed: the token does not carry what was asked for.`;
    return `All checks passed${warned ? `, with ${warned} warning${warned > 1 ? 's' : ''}` : ''}: your server returns a valid-looking token for this request.`;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (running.current) return;
    const planned = planRequests(form, window.location.protocol);
    if (!planned.ok) {
      setErrors(planned.errors);
      setSteps(null);
      setSummary(`Fix ${Object.keys(planned.errors).length === 1 ? 'the highlighted field' : 'the highlighted fields'} first.`);
      const first = Object.keys(planned.errors)[0];
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    running.current = true;
    try {
      setSummary(await run(planned.plan));
    } finally {
      running.current = false;
    }
  }

  const input = (key: keyof TesterForm, label: string, opts: {hint?: string; type?: string; inputMode?: 'numeric'; autoComplete?: string; masked?: boolean} = {}) => (
    <Field id={`${id}-${key}`} label={label} error={errors[key]} hint={opts.hint}>
      {(describedBy) => (
        <input
          id={`${id}-${key}`}
          name={key}
          className={clsx(fieldStyles.gridInput, styles.input, opts.masked && styles.masked)}
          type={opts.type ?? 'text'}
          inputMode={opts.inputMode}
          value={form[key]}
          onChange={(e) => set(key, e.target.value as never)}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={describedBy}
          autoComplete={opts.autoComplete ?? 'off'}
          spellCheck={false}
          // A masked secret: keep extension password managers away too.
          data-1p-ignore={opts.masked ? true : undefined}
          data-lpignore={opts.masked ? 'true' : undefined}
        />
      )}
    </Field>
  );

  return (
    <section className={styles.tester} aria-label="Token server tester">
      <form ref={formRef} onSubmit={onSubmit} noValidate className={fieldStyles.formGrid}>
        {input('serverUrl', 'Token server URL', {type: 'url', hint: 'Where your token server runs: local (http://localhost:8080) or deployed (https://…). Without a route.', autoComplete: 'url'})}
        <Field id={`${id}-route`} label="Request">
          {(describedBy) => (
            <select id={`${id}-route`} name="route" className={clsx(fieldStyles.gridInput, styles.input)} value={form.route} onChange={(e) => set('route', e.target.value as RouteKind)} aria-describedby={describedBy}>
              {(Object.keys(ROUTES) as RouteKind[]).map((k) => (
                <option key={k} value={k}>
                  {ROUTES[k].label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {shown.includes('postTokenType') && (
          <Field id={`${id}-postTokenType`} label="tokenType">
            {(describedBy) => (
              <select id={`${id}-postTokenType`} name="postTokenType" className={clsx(fieldStyles.gridInput, styles.input)} value={form.postTokenType} onChange={(e) => set('postTokenType', e.target.value as PostTokenType)} aria-describedby={describedBy}>
                <option value="rtc">rtc</option>
                <option value="rtm">rtm</option>
                <option value="chat">chat</option>
              </select>
            )}
          </Field>
        )}
        {shown.includes('channel') &&
          input('channel', form.route === 'post' && form.postTokenType === 'rtm' ? 'Stream channel (optional)' : 'Channel name', form.route === 'post' && form.postTokenType === 'rtm' ? {hint: 'An RTM 2.x stream channel: the token then also lets the user join it. Empty: login only.'} : {})}
        {shown.includes('role') && (
          <fieldset className={fieldStyles.gridField}>
            <legend className={fieldStyles.gridLabel}>Role</legend>
            {(['publisher', 'subscriber'] as const).map((r) => (
              <label key={r} className={styles.radio}>
                <input type="radio" name={`${id}-role`} value={r} checked={form.role === r} onChange={() => set('role', r)} /> {r}
              </label>
            ))}
          </fieldset>
        )}
        {shown.includes('uidType') && (
          <Field id={`${id}-uidType`} label="User type">
            {(describedBy) => (
              <select id={`${id}-uidType`} name="uidType" className={clsx(fieldStyles.gridInput, styles.input)} value={form.uidType} onChange={(e) => set('uidType', e.target.value as TesterForm['uidType'])} aria-describedby={describedBy}>
                <option value="uid">uid (integer)</option>
                <option value="userAccount">user account (text)</option>
              </select>
            )}
          </Field>
        )}
        {shown.includes('uid') &&
          (form.route === 'post'
            ? input('uid', form.postTokenType === 'rtc' ? 'uid or user account' : form.postTokenType === 'chat' ? 'User ID (optional)' : 'User ID', {
                hint: form.postTokenType === 'rtc' ? 'Digits: an integer uid (0 lets any uid join); anything else: a user account.' : form.postTokenType === 'chat' ? 'Empty: an app token for your back end.' : undefined,
              })
            : input('uid', form.route === 'rtc' || form.route === 'rte' ? (form.uidType === 'uid' ? 'uid' : 'User account') : 'User ID', {inputMode: form.route === 'rtc' || form.route === 'rte' ? (form.uidType === 'uid' ? 'numeric' : undefined) : undefined}))}
        {shown.includes('rtmUser') && input('rtmUser', 'RTM user ID (optional)', {hint: 'Empty: the RTC user is used.'})}
        {input('expiry', 'Lifetime in seconds', {inputMode: 'numeric', hint: '1 to 86400 (24 hours).'})}
        <details className={styles.more}>
          <summary>Optional: App ID check, authorization</summary>
          {input('appId', 'App ID (optional)', {hint: 'To check the token is for your project. Public; the App Certificate is never needed here.'})}
          {/* A text input masked by CSS, not type=password: the browser must not offer to save it. */}
          {input('bearer', 'AUTH_TOKEN (for testing only, never stored)', {
            masked: true,
            hint: 'Only if your server requires Authorization: Bearer …. Use a test value: it is sent with the token request only and kept in this page’s memory, never stored or logged. Never put AUTH_TOKEN in a web or mobile app.',
          })}
        </details>
        <div className={styles.actions}>
          <button type="submit" className="button button--primary">
            Test my server
          </button>
        </div>
      </form>

      <div className={styles.preview}>
        <p className={styles.previewTitle}>The browser will send:</p>
        {preview.ok ? (
          <pre className={styles.requests}>
            <code>
              {`GET ${preview.plan.pingUrl}\n${preview.plan.method} ${preview.plan.tokenUrl}${preview.plan.headers.Authorization ? '\n    Authorization: Bearer ••••' : ''}${preview.plan.body ? `\n    Content-Type: application/json\n    ${preview.plan.body}` : ''}`}
            </code>
          </pre>
        ) : (
          <p className={styles.hint}>Nothing yet: complete the fields above.</p>
        )}
      </div>

      <div className={styles.results}>
        <p role="status" className={styles.summary}>
          {summary}
        </p>
        {steps && (
          <ol className={styles.steps} aria-label="Test steps">
            {steps.map((step, i) => (
              <li key={i} className={styles.step}>
                <p className={styles.stepTitle}>
                  <Mark status={step.status} />
                  <code>{step.title}</code>
                </p>
                {step.summary && <p className={styles.detail}>{step.summary}</p>}
                {step.explanation && (
                  <div className={styles.detail}>
                    <p>{step.explanation.problem}</p>
                    <p>
                      <strong>Fix: </strong>
                      {step.explanation.fix}
                    </p>
                  </div>
                )}
                {step.checks && (
                  <ul className={styles.checks}>
                    {step.checks.map((c, j) => (
                      <li key={j}>
                        <Mark status={c.status} />
                        {c.text}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

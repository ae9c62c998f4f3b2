import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {diagnoseChat, validateAppId, type ChatAttempt, type DecodeResult} from '@site/src/token';
import {Field} from '../ui/Field';
import {useNow} from '../ui/time';
import {Findings} from './Findings';
import styles from './styles.module.css';

/** The inside of the Chat check (see ChatCheck), loaded once its section is open. */
export function ChatCheckBody({id, decoded, appId: joinAppId, certificate}: {id: string; decoded: DecodeResult; appId: string; certificate: string}): ReactNode {
  const now = useNow();
  const [use, setUse] = useState<ChatAttempt['use']>(() => (decoded.ok && decoded.token.version === '007' && decoded.token.services.some((s) => s.type === 5 && s.privileges.some((p) => p.id === 2)) ? 'rest' : 'login'));
  const [userId, setUserId] = useState('');
  const [ownAppId, setOwnAppId] = useState<string | null>(null);
  const appId = ownAppId ?? joinAppId;
  const appIdIssue = appId === '' ? null : validateAppId(appId);
  const waiting = use === 'login' && userId === '' ? 'Enter the Chat user ID to get Agora’s verdict.' : appIdIssue ? 'Fix the highlighted field to get Agora’s verdict.' : null;
  const diagnosis = waiting || now === null ? null : diagnoseChat(decoded, {use, appId, userId, now, appCertificate: certificate || undefined});
  return (
    <>
      <fieldset className={styles.inlineChoice}>
        <legend>The token is used to</legend>
        {(['login', 'rest'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name={`${id}-chat-use`} checked={use === kind} onChange={() => setUse(kind)} data-chat-use={kind} />{' '}
            {kind === 'login' ? 'log in to Chat in the SDK (user token)' : 'call the Chat RESTful API (app token)'}
          </label>
        ))}
      </fieldset>
      <div className={styles.joinGrid}>
        <Field
          id={`${id}-chat-appId`}
          label="App ID of the project whose Chat App Key the client uses (optional)"
          value={appId}
          onChange={setOwnAppId}
          error={appIdIssue?.message}
          inputProps={{'data-field': 'chat-appId'} as never}
        />
        {use === 'login' && <Field id={`${id}-chat-user`} label="Chat user ID it logs in with" value={userId} onChange={setUserId} inputProps={{'data-field': 'chat-user'} as never} />}
      </div>
      <div role="status">
        {waiting ? (
          <p className={styles.explain}>{waiting}</p>
        ) : diagnosis ? (
          <div className={clsx(styles.verdict, diagnosis.verdict === 'accepted' ? styles.verdictOk : styles.verdictBad)} data-chat-verdict={diagnosis.verdict} data-chat-error={diagnosis.error ?? ''}>
            <p className={styles.verdictSummary}>
              {diagnosis.verdict === 'accepted' ? '✓ ' : '✗ '}
              {diagnosis.summary}
            </p>
            {diagnosis.sdkErrors && <p className={styles.explain}>The Chat SDK reports it as {diagnosis.sdkErrors}.</p>}
            <Findings
              items={diagnosis.findings.map((f) => ({
                prefix: f.kind === 'warning' ? 'Watch out: ' : f.kind === 'info' ? 'Note: ' : '',
                title: f.title,
                reason: f.reason,
                fix: f.fix,
                data: {'data-chat-finding': f.kind},
              }))}
            />
          </div>
        ) : null}
      </div>
    </>
  );
}

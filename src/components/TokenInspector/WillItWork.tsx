import {useState, type ReactNode} from 'react';
import {diagnoseRtmLogin, diagnoseToken, validateAppId, validateChannelName, validateUid, validateUserAccount, type DecodeResult, type DecodedToken, type Diagnosis, type VerifyResult} from '@site/src/token';
import {Field} from '../ui/Field';
import {useNow} from '../ui/time';
import {joinUser, type JoinForm} from './joinForm';
import {Verdict} from './Verdict';
import styles from './styles.module.css';
import fieldStyles from '../ui/field.module.css';

export function WillItWork({
  id,
  decoded,
  joinForm,
  setJoinForm,
  certificate,
  verified,
}: {
  id: string;
  /** The whole decoding, so that a token repaired from what was pasted is judged as Agora receives it. */
  decoded: DecodeResult;
  joinForm: JoinForm;
  setJoinForm: (f: (j: JoinForm) => JoinForm) => void;
  certificate: string;
  /** The signature check the inspector already made, so the diagnosis does not repeat it. */
  verified?: VerifyResult;
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
        : diagnoseRtmLogin(decoded, {appId: joinForm.appId, userId: rtmUser, now, appCertificate: certificate || undefined, verified})
      : blocked || now === null
      ? null
      : diagnoseToken(decoded, {
          appId: joinForm.appId,
          channelName: joinForm.channel,
          uid: user,
          publish: joinForm.publish,
          now,
          appCertificate: certificate || undefined,
          verified,
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
                <legend className={fieldStyles.visuallyHidden}>The client joins with</legend>
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


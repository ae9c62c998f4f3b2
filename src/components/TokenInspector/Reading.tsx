import {useMemo, type ReactNode} from 'react';
import {decodeToken, verifyToken, type DecodeResult} from '@site/src/token';
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

// Everything the inspector needs once there is a token to read: decoding, the signature check
// and every result view. The inspector's empty form loads without it (see index.tsx).

export {decodeToken};

/** The token field's message when the input cannot be decoded. */
export function tokenFieldError(decoded: DecodeResult): string | null {
  return decoded.ok ? null : `Cannot read ${stageLabels[decoded.error.part]}: ${decoded.error.message}`;
}

export type ReadingProps = {
  id: string;
  /** The input as typed: a new input starts the views afresh. */
  input: string;
  decoded: DecodeResult;
  certificate: string;
  setCertificate: (v: string) => void;
  joinForm: JoinForm;
  setJoinForm: (f: (j: JoinForm) => JoinForm) => void;
  hidden: ReadonlySet<'signature' | 'diagnosis' | 'layout'>;
};

/** What was cleaned from the input, then the token's parts, bytes, grants, signature and verdicts. */
export function Reading({id, input, decoded, certificate, setCertificate, joinForm, setJoinForm, hidden}: ReadingProps): ReactNode {
  const token = decoded.ok ? decoded.token : null;
  // Checked once here: the signature section shows it and the verdict reuses it (a 006 token is
  // checked against the channel and uid the client joins with).
  const context006 = token?.version === '006' ? {channelName: joinForm.channel, uid: joinUser(joinForm)} : undefined;
  const verified = useMemo(
    () => (token === null || certificate === '' ? null : verifyToken(token, certificate, context006)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a 007 check does not depend on the join fields
    [token, certificate, context006?.channelName, context006?.uid],
  );
  return (
    <>
      {decoded.cleaned.length > 0 && (
        <ul className={styles.cleaned} aria-label="What was cleaned from the input" data-cleaned>
          {decoded.cleaned.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <Contained key={input}>
        {!decoded.ok && <Malformed text={decoded.text} error={decoded.error} />}
        {token && decoded.ok && (
          <>
            <ColouredToken text={decoded.text} token={token} />
            {!hidden.has('layout') && <ByteLayout token={token} />}
            <Breakdown token={token} />
            {!hidden.has('signature') && <Signature id={id} certificate={certificate} onCertificate={setCertificate} result={verified} />}
            {!hidden.has('diagnosis') && (
              <WillItWork id={id} decoded={decoded} joinForm={joinForm} setJoinForm={setJoinForm} certificate={certificate} verified={token.version === '007' ? verified ?? undefined : undefined} />
            )}
            {!hidden.has('diagnosis') && <ChatCheck id={id} decoded={decoded} appId={joinForm.appId} certificate={certificate} />}
          </>
        )}
      </Contained>
    </>
  );
}

import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {isKnownServiceType, privilegeWords, SERVICES, type DecodedToken} from '@site/src/token';
import {Moment, describeSeconds} from '../ui/time';
import styles from './styles.module.css';

function quoted(value: string): ReactNode {
  return <code>{JSON.stringify(value)}</code>;
}

/** A readable breakdown of every decoded field, with local and UTC times and live countdowns. */
export function Breakdown({token}: {token: DecodedToken}): ReactNode {
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
              <strong>{isKnownServiceType(s.type) ? SERVICES[s.type].title : s.name}</strong> <span className={styles.raw}>type {s.type}</span>
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
                    Privilege <strong>{privilegeWords(p.name)}</strong> ({p.id}):{' '}
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
              Privilege <strong>{privilegeWords(p.name)}</strong> ({p.id}):{' '}
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


// The result side of the playground: the token with its times and privileges, or what blocks it.
import type {MouseEvent, ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {CopyButton} from '../ui/CopyButton';
import {Moment} from '../ui/time';
import {fieldLabel} from './fields';
import {kindLabel, type FieldName, type FormState} from './form';
import type {BuildOutcome, BuiltToken} from './formToParams';
import styles from './styles.module.css';

export type ResultProps = {
  id: string;
  result: BuildOutcome | null;
  form: FormState;
  hiddenErrors: FieldName[];
  errorFor: (field: FieldName) => string | null;
  inspectTo: string;
  onOpenInspector: (event: MouseEvent) => void;
  shareLink: () => string;
};

export function Result({id, result, form, hiddenErrors, errorFor, inspectTo, onOpenInspector, shareLink}: ResultProps): ReactNode {
  let status: ReactNode;
  let body: ReactNode = null;
  if (!result) {
    status = 'The token appears here once the page has loaded.';
  } else if (!result.ok) {
    const fields = (Object.keys(result.errors) as FieldName[]).filter((f) => result.errors[f]);
    const shown = fields.filter((f) => errorFor(f) !== null && !hiddenErrors.includes(f));
    const untouched = fields.filter((f) => errorFor(f) === null && !hiddenErrors.includes(f));
    status =
      shown.length + hiddenErrors.length > 0
        ? `No token: ${shown.length + hiddenErrors.length === 1 ? 'one field needs' : `${shown.length + hiddenErrors.length} fields need`} fixing.`
        : `No token yet: fill in ${untouched.map(fieldLabel).join(' and ')}, or use the sample credentials.`;
    body = (
      <>
        {shown.length > 0 && (
          <ul className={styles.errorList}>
            {shown.map((f) => (
              <li key={f}>
                <a href={`#${id}-${f}`}>{fieldLabel(f)}</a>: {result.errors[f]}
              </li>
            ))}
          </ul>
        )}
        {hiddenErrors.length > 0 && (
          <ul className={styles.errorList}>
            {hiddenErrors.map((f) => (
              <li key={f}>
                {fieldLabel(f)} (set by this page): {result.errors[f]}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  } else {
    status = `Token ready: ${kindLabel(form.kind)}, ${result.token.length} characters.`;
    body = <TokenDetails id={id} built={result} inspectTo={inspectTo} onOpenInspector={onOpenInspector} shareLink={shareLink} />;
  }
  return (
    <div className={clsx(styles.result, result?.ok ? styles.resultOk : styles.resultEmpty)} data-result>
      <h3 className={styles.resultTitle} id={`${id}-result`}>
        Your token
      </h3>
      <p role="status" className={styles.status} data-status>
        {status}
      </p>
      {body}
    </div>
  );
}

function TokenDetails({
  id,
  built,
  inspectTo,
  onOpenInspector,
  shareLink,
}: {
  id: string;
  built: BuiltToken;
  inspectTo: string;
  onOpenInspector: (event: MouseEvent) => void;
  shareLink: () => string;
}): ReactNode {
  return (
    <>
      <pre className={styles.token} aria-labelledby={`${id}-result`} tabIndex={0} data-token>
        {built.token}
      </pre>
      <div className={styles.actions}>
        <CopyButton text={built.token}>Copy token</CopyButton>
        <Link className="button button--secondary button--sm" to={inspectTo} onClick={onOpenInspector}>
          Open in the inspector
        </Link>
        <CopyButton text={shareLink} className="button--secondary">
          Copy share link (no certificate)
        </CopyButton>
      </div>
      <dl className={styles.times}>
        <div className={styles.timeRow}>
          <dt>Issued</dt>
          <dd data-issued>
            <Moment at={built.issueTs} />
          </dd>
        </div>
        <div className={styles.timeRow}>
          <dt>Token expires</dt>
          <dd data-expires>
            <Moment at={built.expiresAt} verb={{future: 'expires', past: 'expired'}} />
          </dd>
        </div>
        {built.privileges.map((p) => (
          <div key={`${p.service}-${p.name}`} className={styles.timeRow}>
            <dt>
              {p.service}: {p.name}
            </dt>
            <dd data-privilege={`${p.service}:${p.name}`}>
              {p.expiresAt === null ? (
                'Never expires (privilege expiry 0).'
              ) : (
                <Moment at={p.expiresAt} verb={{future: 'ends', past: 'ended'}} />
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

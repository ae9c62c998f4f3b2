import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {Diagnosis} from '@site/src/token';
import {Findings} from './Findings';
import styles from './styles.module.css';

export function Verdict({diagnosis}: {diagnosis: Diagnosis}): ReactNode {
  const tone = diagnosis.verdict === 'joins' ? styles.verdictOk : diagnosis.verdict === 'rejected' ? styles.verdictBad : styles.verdictWarn;
  return (
    <div className={clsx(styles.verdict, tone)} data-verdict={diagnosis.verdict} data-code={diagnosis.code ?? ''}>
      <p className={styles.verdictSummary}>
        {diagnosis.verdict === 'joins' ? '✓ ' : diagnosis.verdict === 'rejected' ? '✗ ' : '⚠ '}
        {diagnosis.onceIntact ? diagnosis.onceIntact.asGiven : diagnosis.summary}
      </p>
      {diagnosis.onceIntact && (
        <p className={styles.explain} data-once-intact={diagnosis.onceIntact.verdict}>
          Once the client sends it intact: {diagnosis.onceIntact.summary}
        </p>
      )}
      {diagnosis.findings.length > 0 && (
        <Findings
          items={diagnosis.findings.map((f) => ({
            prefix: typeof f.code === 'number' ? `Error ${f.code}: ` : f.code === 'cannot-publish' ? 'Cannot publish: ' : f.code === 'warning' ? 'Watch out: ' : 'Note: ',
            title: f.title,
            reason: f.reason,
            fix: f.fix,
            data: {'data-finding': String(f.code)},
          }))}
        />
      )}
    </div>
  );
}

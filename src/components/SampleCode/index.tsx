import {Children, isValidElement, type ReactElement, type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import Link from '@docusaurus/Link';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import {useReaderValues, type ReaderValues} from '../readerValues';
import {fillSample, standardPlaceholders, type Placeholders} from './fill';
import {loadOnce, useLoadedOnce} from '../ui/loadOnce';
import styles from './styles.module.css';
import {codeLanguageOf} from '@site/src/codeLanguage';
import {highlighter} from '@site/src/theme/prism-include-languages';

export type SampleCodeProps = {
  /** Repository path of the sample, e.g. `examples/node/rtc-token.mjs`; the build fills `source` from it. */
  file?: string;
  /** The file's text (filled in at build time from `file`). */
  source?: string;
  /** Prism language; defaults to the file's extension. */
  language?: string;
  /** Code block title; defaults to the file path. */
  title?: string;
  /** Tab label when this sample is one of several languages, e.g. "Go". */
  label?: string;
  /** Tab value shared with other tab groups of the same `groupId` (default: the label). */
  value?: string;
  /**
   * The literal text in the file that stands for each of the reader's values, e.g.
   * `{channel: 'demo', uid: '1234', tokenLifetime: '3600', role: 'RtcRole.PUBLISHER'}`.
   * Each is replaced, wherever it appears as a whole word, by the reader's value from the
   * playground once that value is valid. The certificate has no placeholder: samples read it
   * from an environment variable.
   */
  values?: Placeholders;
  /**
   * Fill the site's standard placeholders (channel `demo`, uid `1234`, lifetimes 3600, the
   * publisher role, `APP_ID=...`); `values` adds to or overrides them.
   */
  fill?: boolean;
  /** Tabs across the page that share this id switch together (default `language`). */
  groupId?: string;
  /** Several `<SampleCode label=… file=…/>` elements: shown as language tabs. */
  children?: ReactNode;
};

/**
 * A sample file from `examples/`, filled with the reader's App ID, channel, uid, role and
 * lifetime from the playground (never the certificate). With children, a set of language tabs
 * that stay in sync with every other tab group of the same `groupId`.
 */
export default function SampleCode(props: SampleCodeProps): ReactNode {
  const samples = Children.toArray(props.children).filter(
    (c): c is ReactElement<SampleCodeProps> => isValidElement(c),
  );
  if (samples.length > 0) {
    return (
      // The served page holds every tab, for search and for readers without script; in the
      // browser only the chosen one renders (each is hundreds of highlighted elements), so another
      // tab's code is highlighted in the browser: the highlighter loads as the reader reaches
      // for the tabs, before the click.
      <div onPointerEnter={preloadHighlighter} onFocus={preloadHighlighter}>
        <Tabs groupId={props.groupId ?? 'language'} lazy={typeof window !== 'undefined'}>
          {samples.map((sample, i) => {
            const label = sample.props.label ?? sample.props.file ?? `Sample ${i + 1}`;
            const value = sample.props.value ?? label;
            return (
              <TabItem key={value} value={value} label={label}>
                <OneSample fill={props.fill} values={props.values} {...sample.props} />
              </TabItem>
            );
          })}
        </Tabs>
      </div>
    );
  }
  return <OneSample {...props} />;
}

function preloadHighlighter(): void {
  void highlighter.load();
}

// The checks of the reader's values, loaded once the reader has values, with the highlighter
// for the filled code: the sample keeps the code it shows until both are in.
const valueChecks = loadOnce(() => Promise.all([import('./usableValues'), highlighter.load()]).then(([checks]) => checks));

function OneSample({file, source, language, title, values, fill}: SampleCodeProps): ReactNode {
  const reader = useReaderValues();
  const checks = useLoadedOnce(valueChecks, reader !== null);
  const usable = reader && checks ? checks.usableValues(reader) : null;
  if (source === undefined) {
    // The remark plugin fills `source` from `file`; without either there is nothing to show.
    throw new Error(`SampleCode${file ? ` for ${file}` : ''}: no source. Give it a file="examples/..." attribute.`);
  }
  const placeholders: Placeholders = {...(fill ? standardPlaceholders : {}), ...values};
  const filled = fillSample(source, placeholders, usable);
  const placeholderCount = Object.keys(placeholders).length;
  return (
    <div className={styles.sample} data-sample-code={file}>
      <CodeBlock language={language ?? codeLanguageOf(file)} title={title ?? file}>
        {filled.text}
      </CodeBlock>
      {placeholderCount > 0 && <Caption reader={reader} applied={filled.applied} />}
    </div>
  );
}

function Caption({reader, applied}: {reader: ReaderValues | null; applied: string[]}): ReactNode {
  if (!reader || applied.length === 0) {
    return (
      <p className={styles.caption}>
        Type your values into a <Link to="/playground">token playground</Link> and this sample fills
        them in. The App Certificate is never filled in: the sample reads it from an environment
        variable.
      </p>
    );
  }
  return (
    <p className={styles.caption} data-filled>
      Filled in with your {applied.join(', ')} from the playground. The App Certificate stays out of
      the code: the sample reads it from an environment variable.
    </p>
  );
}

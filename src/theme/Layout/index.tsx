import {useEffect, type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';

type Props = WrapperProps<typeof LayoutType>;

/** Boxes that scroll sideways when their content is wider than the column (see custom.css). */
const scrollBoxes = '.markdown table, [data-scroll-cue]';

/**
 * A box that scrolls must be reachable from the keyboard, so that arrow keys can scroll it
 * (WCAG 2.1.1; axe rule scrollable-region-focusable). Whether it scrolls depends on the width of
 * the screen, so it is checked on every page and whenever the window changes size.
 */
function useScrollBoxesFocusable(pathname: string): void {
  useEffect(() => {
    const update = () => {
      for (const box of document.querySelectorAll<HTMLElement>(scrollBoxes)) {
        const scrolls = box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible';
        if (scrolls && !box.hasAttribute('tabindex')) {
          box.tabIndex = 0;
          box.dataset.madeFocusable = '';
        } else if (!scrolls && box.dataset.madeFocusable !== undefined) {
          box.removeAttribute('tabindex');
          delete box.dataset.madeFocusable;
        }
      }
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [pathname]);
}

/**
 * On a phone, the CSS shows each row of a guide table as a card of "column name: value" lines
 * (custom.css, `data-stacked`). The column names come from the header row; the explicit roles keep
 * the table a table for screen readers, which some browsers stop doing once rows are blocks.
 * Without JavaScript the tables scroll sideways instead.
 */
function useStackableTables(pathname: string): void {
  useEffect(() => {
    for (const table of document.querySelectorAll<HTMLTableElement>('.markdown table')) {
      if (table.dataset.stacked !== undefined) continue;
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
      if (headers.length < 2) continue;
      table.setAttribute('role', 'table');
      for (const group of table.querySelectorAll('thead, tbody')) group.setAttribute('role', 'rowgroup');
      for (const row of table.querySelectorAll('tr')) {
        row.setAttribute('role', 'row');
        [...row.children].forEach((cell, i) => {
          if (cell.tagName === 'TH') cell.setAttribute('role', 'columnheader');
          else {
            cell.setAttribute('role', 'cell');
            cell.setAttribute('data-label', headers[i] ?? '');
          }
        });
      }
      table.dataset.stacked = '';
    }
  }, [pathname]);
}

// The offline search plugin's results page renders without a <main> landmark, which screen
// reader users rely on to skip the navigation (axe: landmark-one-main). Give it one.
export default function LayoutWrapper(props: Props): ReactNode {
  const {pathname} = useLocation();
  const isSearchPage = pathname === useBaseUrl('/search');
  useStackableTables(pathname);
  useScrollBoxesFocusable(pathname);
  if (!isSearchPage) return <Layout {...props} />;
  return (
    <Layout {...props}>
      <main>{props.children}</main>
    </Layout>
  );
}

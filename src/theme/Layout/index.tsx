import {useEffect, type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';

type Props = WrapperProps<typeof LayoutType>;

/** The tables of the guide's text; the inspector's byte table keeps its own layout. */
const guideTables = '.markdown table:not([data-inspector] table)';
/** Boxes that scroll sideways when their content is wider than the column (see custom.css). */
const scrollBoxes = `${guideTables}, [data-scroll-cue]`;

/**
 * Gives each cell of a guide table the name of its column, for the card layout, and explicit
 * roles: some browsers stop treating a table as a table once its rows are laid out as blocks.
 */
function labelTable(table: HTMLTableElement): boolean {
  const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
  if (headers.length < 2) return false;
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
  table.dataset.labelled = '';
  return true;
}

/** The guide tables with column labels, labelling any that have none yet. */
function labelledTables(): HTMLTableElement[] {
  return [...document.querySelectorAll<HTMLTableElement>(guideTables)].filter((table) => table.dataset.labelled !== undefined || labelTable(table));
}

/** The box that scrolls a table sideways: its own, or the region the page wrapped it in. */
function scrollBoxOf(table: HTMLElement): HTMLElement {
  const parent = table.parentElement;
  return parent && parent.matches('[role="region"][tabindex]') ? parent : table;
}

/**
 * Tables and other wide content, laid out for the width of the window:
 * - a guide table that is wider than its column is shown as cards of "column: value" lines, so
 *   that no column is hidden off to the side (on a phone every table is; without JavaScript a
 *   wide table scrolls sideways instead, with the scroll cue of custom.css);
 * - a box that still scrolls is made reachable from the keyboard, so that arrow keys can scroll
 *   it (WCAG 2.1.1; axe rule scrollable-region-focusable).
 * Checked on every page and whenever the window changes width.
 */
function useWideContentLayout(pathname: string): void {
  useEffect(() => {
    let lastWidth = -1;
    const update = () => {
      const width = document.documentElement.clientWidth;
      if (width === lastWidth) return; // only the width matters; heights change as parts load
      lastWidth = width;
      // All writes, then all reads: each read after a write lays out the whole page again.
      const tables = labelledTables();
      // Measured in the table layout, then switched to cards if it does not fit.
      for (const table of tables) delete table.dataset.stacked;
      const wide = tables.filter((table) => {
        const box = scrollBoxOf(table);
        return box.scrollWidth > box.clientWidth + 1;
      });
      for (const table of wide) table.dataset.stacked = '';
      const boxes = [...document.querySelectorAll<HTMLElement>(scrollBoxes)].map((box) => ({box, scrolls: box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible'}));
      for (const {box, scrolls} of boxes) {
        if (scrolls && !box.hasAttribute('tabindex')) {
          box.tabIndex = 0;
          box.dataset.madeFocusable = '';
        } else if (!scrolls && box.dataset.madeFocusable !== undefined) {
          box.removeAttribute('tabindex');
          delete box.dataset.madeFocusable;
        }
      }
    };
    // Label now, measure later: a new observer reports the current size once, after the browser's
    // next layout, so the first check reads a page already laid out (labels included) instead of
    // forcing a layout of the whole page in the middle of hydration.
    labelledTables();
    const observer = new ResizeObserver(update);
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, [pathname]);
}

// The offline search plugin's results page renders without a <main> landmark, which screen
// reader users rely on to skip the navigation (axe: landmark-one-main). Give it one.
export default function LayoutWrapper(props: Props): ReactNode {
  const {pathname} = useLocation();
  const isSearchPage = pathname === useBaseUrl('/search');
  useWideContentLayout(pathname);
  if (!isSearchPage) return <Layout {...props} />;
  return (
    <Layout {...props}>
      <main>{props.children}</main>
    </Layout>
  );
}

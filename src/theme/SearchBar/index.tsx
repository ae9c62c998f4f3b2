import {useEffect, useRef, type ComponentProps, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';

// The offline search plugin loads its index when its box gets focus and, once the index has
// loaded, focuses the box again. A keyboard user who tabbed past the box meanwhile is pulled
// back into it (WCAG 2.4.3, focus order). This wrapper sends focus back to where the reader
// went when the box takes focus without any action of theirs since they left it.
export default function SearchBarWrapper(props: ComponentProps<typeof SearchBar>): ReactNode {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = root.current;
    if (!box) return undefined;
    let leftFor: HTMLElement | null = null;
    let actedSinceLeaving = true;

    const onFocusOut = (event: FocusEvent) => {
      // Only a move to another element counts as leaving: the plugin itself blurs the box
      // (relatedTarget null) when it rebuilds it around the loaded index.
      const next = event.relatedTarget;
      if (!(event.target instanceof HTMLInputElement) || !(next instanceof HTMLElement) || box.contains(next)) return;
      leftFor = next;
      actedSinceLeaving = false;
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLInputElement) || actedSinceLeaving) return;
      const target = event.target;
      actedSinceLeaving = true;
      if (leftFor?.isConnected) leftFor.focus();
      else target.blur();
      leftFor = null;
    };
    // Any key or pointer press after leaving the box is the reader acting: honour what follows.
    const onAction = () => {
      actedSinceLeaving = true;
    };

    box.addEventListener('focusout', onFocusOut);
    box.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onAction, true);
    document.addEventListener('pointerdown', onAction, true);
    return () => {
      box.removeEventListener('focusout', onFocusOut);
      box.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onAction, true);
      document.removeEventListener('pointerdown', onAction, true);
    };
  }, []);

  return (
    <div ref={root} style={{display: 'contents'}}>
      <SearchBar {...props} />
    </div>
  );
}

import {useEffect, useRef, type ComponentProps, type ReactNode} from 'react';
import SearchBar from '@theme-original/SearchBar';

// The offline search plugin loads its index when its box gets focus and, once the index has
// loaded, calls focus() on the box again, whether or not the reader is still there. A keyboard
// user who tabbed on meanwhile is pulled back into it (WCAG 2.4.3, focus order) and what they
// type next lands in the search box. This wrapper ignores a focus() call on the box that no key
// press or click prompted (the index arrives from a worker, as a message event) while focus is
// elsewhere; the plugin's own shortcut key, a click or Tab still focus it.
export default function SearchBarWrapper(props: ComponentProps<typeof SearchBar>): ReactNode {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = root.current?.querySelector('input');
    if (!box) return undefined;
    const focus = box.focus;
    box.focus = function focusUnlessElsewhere(options?: FocusOptions) {
      // window.event is the event being handled, if any.
      const event = window.event;
      const prompted = event instanceof KeyboardEvent || event instanceof MouseEvent || (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent);
      const readerElsewhere = document.activeElement !== null && document.activeElement !== document.body && document.activeElement !== box;
      if (!prompted && readerElsewhere) return;
      focus.call(this, options);
    };
    return () => {
      box.focus = focus;
    };
  }, []);

  return (
    <div ref={root} style={{display: 'contents'}}>
      <SearchBar {...props} />
    </div>
  );
}

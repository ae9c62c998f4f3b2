import {Suspense, lazy, startTransition, useEffect, useId, useRef, useState, type ComponentType, type ReactNode} from 'react';
import {loadOnce} from './loadOnce';

/**
 * A live component as a separate chunk, loaded only by pages that render it, so pages without
 * one carry none of the token engine. The pre-rendered HTML holds the full component.
 *
 * In the browser, a pre-rendered component loads its code only once it comes near the screen.
 * Until then its markup stays exactly as served: React does not hydrate it, so a page whose tools
 * sit further down loads and runs no more script than a plain page. Then the component renders
 * with its code, over the same markup. A component rendered in the browser (after a navigation
 * inside the site) has nothing to show without its code, so it loads at once. Once it renders
 * live, it is listed in <html data-hydrated> (see MarkHydrated).
 */
export function loadedOnUse<P extends object>(
  name: string,
  /** Loads the component; `served` says whether the page that first needs it was pre-rendered with it. */
  load: (served: boolean) => Promise<{default: ComponentType<P>}>,
): (props: P) => ReactNode {
  const onServer = typeof window === 'undefined';
  const code = loadOnce(load);
  // Loaded on the server before pages render, so pre-rendering does not suspend.
  if (onServer) void code.load(true);
  // Rendered without served markup: after a navigation inside the site.
  const Component = lazy(() => code.load(false));
  return function LoadedOnUse(props: P): ReactNode {
    const box = useRef<HTMLDivElement>(null);
    const id = useId();
    // The markup as served, read once before React touches it (empty after a navigation).
    const [served] = useState(() => (onServer ? '' : (document.getElementById(id)?.innerHTML ?? '')));
    const [live, setLive] = useState(onServer || served === '');
    useEffect(() => {
      const el = box.current;
      if (live || !el) return undefined;
      // The code loads first, so the served markup stays until the component can replace it; the
      // render is a transition, which React splits into short tasks that leave the page responsive.
      const goLive = () => void code.load(true).then(() => startTransition(() => setLive(true)));
      if (!('IntersectionObserver' in window)) {
        goLive();
        return undefined;
      }
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          goLive();
        }
      }, {rootMargin: '600px 0px'});
      observer.observe(el);
      return () => observer.disconnect();
    }, [live]);
    if (!live) {
      // React keeps the children of an element with dangerouslySetInnerHTML as they are when it
      // hydrates, so nothing below is hydrated or re-rendered yet.
      return <div ref={box} id={id} data-live={name} dangerouslySetInnerHTML={{__html: served}} />;
    }
    // Loaded by now, except after a navigation inside the site (then React.lazy loads it).
    const Live = code.current?.default ?? Component;
    // No Suspense boundary around pre-rendered markup: React streams a large boundary to the end
    // of the page, to be moved into place by a script that may run after hydration read it.
    // Served markup goes live only once its code is in, so the boundary never shows it again.
    return (
      <div ref={box} id={id} data-live={name}>
        {onServer ? (
          <Live {...props} />
        ) : (
          <Suspense fallback={null}>
            <Live {...props} />
            <MarkHydrated name={name} />
          </Suspense>
        )}
      </div>
    );
  };
}

/**
 * Lists `name` in <html data-hydrated> once the components rendered before it have hydrated
 * (its effect runs only then; until then a pre-rendered form ignores input), so a script or a
 * browser test can wait for the form to respond instead of guessing.
 */
export function MarkHydrated({name}: {name: string}): null {
  useEffect(() => {
    const root = document.documentElement;
    const names = new Set((root.dataset.hydrated ?? '').split(' ').filter(Boolean));
    names.add(name);
    root.dataset.hydrated = [...names].join(' ');
  }, [name]);
  return null;
}

import {Suspense, lazy, useEffect, useId, useRef, useState, type ComponentType, type ReactNode} from 'react';

/**
 * A live component as a separate chunk, loaded only by pages that render it, so pages without
 * one carry none of the token engine. Pre-rendering waits for the chunk (Docusaurus renders with
 * onAllReady), so the HTML holds the full component from the start.
 *
 * In the browser, a pre-rendered component loads its code only once it comes near the screen:
 * until then React keeps the pre-rendered markup as it is, and a page whose tools sit further
 * down loads no more script than a plain page. A component rendered in the browser (after a
 * navigation inside the site) has nothing to show without its code, so it loads at once.
 * Once hydrated, it is listed in <html data-hydrated> (see MarkHydrated).
 */
export function loadedOnUse<P extends object>(name: string, load: () => Promise<{default: ComponentType<P>}>): (props: P) => ReactNode {
  let open: () => void = () => undefined;
  // Pre-rendering on the server loads at once; in the browser the first instance to need the
  // code opens the gate.
  const gate = typeof window === 'undefined' ? Promise.resolve() : new Promise<void>((resolve) => (open = resolve));
  const Component = lazy(() => gate.then(load));
  return function LoadedOnUse(props: P): ReactNode {
    const box = useRef<HTMLDivElement>(null);
    const id = useId();
    // React may drop pre-rendered markup that is still waiting for its code (when the page's
    // state changes meanwhile) and show the fallback instead: the fallback is that same markup,
    // read from the page before hydration, so nothing moves or disappears.
    const [prerendered] = useState(() => (typeof document === 'undefined' ? '' : (document.getElementById(id)?.innerHTML ?? '')));
    useEffect(() => {
      const el = box.current;
      // Empty: rendered in the browser, not pre-rendered, so there is nothing to wait for.
      if (!el || el.childElementCount === 0 || !('IntersectionObserver' in window)) {
        open();
        return undefined;
      }
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && open(), {rootMargin: '600px 0px'});
      observer.observe(el);
      return () => observer.disconnect();
    }, []);
    return (
      <div ref={box} id={id} data-live={name}>
        <Suspense fallback={prerendered ? <div dangerouslySetInnerHTML={{__html: prerendered}} /> : null}>
          <Component {...props} />
          <MarkHydrated name={name} />
        </Suspense>
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

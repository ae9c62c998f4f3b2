import {Suspense, lazy, useEffect, type ComponentType, type ReactNode} from 'react';

/**
 * A live component as a separate chunk, loaded only by pages that render it, so pages without
 * one carry none of the token engine. Pre-rendering waits for the chunk (Docusaurus renders with
 * onAllReady), so the HTML holds the full component and hydration finds the same markup once the
 * chunk arrives. Once hydrated, it is listed in <html data-hydrated> (see MarkHydrated).
 */
export function loadedOnUse<P extends object>(name: string, load: () => Promise<{default: ComponentType<P>}>): (props: P) => ReactNode {
  const Component = lazy(load);
  return function LoadedOnUse(props: P): ReactNode {
    return (
      <Suspense fallback={null}>
        <Component {...props} />
        <MarkHydrated name={name} />
      </Suspense>
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

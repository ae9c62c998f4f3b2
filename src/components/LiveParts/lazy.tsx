import {Suspense, lazy, useEffect, type ComponentType, type ReactNode} from 'react';

// The live components as the MDX registry hands them to every page. Each is a separate chunk
// loaded only by pages that render it, so pages without one carry none of the token engine.
// Pre-rendering waits for the chunks (Docusaurus renders with onAllReady), so the HTML holds
// the full component and hydration finds the same markup once the chunk arrives.
function loadedOnUse<P extends object>(name: string, load: () => Promise<{default: ComponentType<P>}>): (props: P) => ReactNode {
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

// Its effect runs only once its Suspense boundary, the component included, has hydrated: until
// then the pre-rendered form ignores input. It lists the component in <html data-hydrated>, so
// a script (or a browser test) can wait for the form to respond instead of guessing.
function MarkHydrated({name}: {name: string}): null {
  useEffect(() => {
    const root = document.documentElement;
    const names = new Set((root.dataset.hydrated ?? '').split(' ').filter(Boolean));
    names.add(name);
    root.dataset.hydrated = [...names].join(' ');
  }, [name]);
  return null;
}

export const TokenPlayground = loadedOnUse('TokenPlayground', () => import('../TokenPlayground'));
export const TokenInspector = loadedOnUse('TokenInspector', () => import('../TokenInspector'));
export const SampleCode = loadedOnUse('SampleCode', () => import('../SampleCode'));
export const TokenServerTester = loadedOnUse('TokenServerTester', () => import('../TokenServerTester'));
export const JoinTest = loadedOnUse('JoinTest', () => import('../JoinTest'));

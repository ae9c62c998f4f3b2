import {Suspense, lazy, type ComponentType, type ReactNode} from 'react';

// The live components as the MDX registry hands them to every page. Each is a separate chunk
// loaded only by pages that render it, so pages without one carry none of the token engine.
// Pre-rendering waits for the chunks (Docusaurus renders with onAllReady), so the HTML holds
// the full component and hydration finds the same markup once the chunk arrives.
function loadedOnUse<P extends object>(load: () => Promise<{default: ComponentType<P>}>): (props: P) => ReactNode {
  const Component = lazy(load);
  return function LoadedOnUse(props: P): ReactNode {
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    );
  };
}

export const TokenPlayground = loadedOnUse(() => import('../TokenPlayground'));
export const TokenInspector = loadedOnUse(() => import('../TokenInspector'));
export const SampleCode = loadedOnUse(() => import('../SampleCode'));
export const TokenServerTester = loadedOnUse(() => import('../TokenServerTester'));
export const JoinTest = loadedOnUse(() => import('../JoinTest'));

import {Suspense, lazy, type ComponentProps, type ReactNode} from 'react';

// The live components as the MDX registry hands them to every page. Each is a separate chunk
// loaded only by pages that render it, so pages without one carry none of the token engine.
// Pre-rendering waits for the chunks (Docusaurus renders with onAllReady), so the HTML holds
// the full component and hydration finds the same markup once the chunk arrives.
const Playground = lazy(() => import('../TokenPlayground'));
const Inspector = lazy(() => import('../TokenInspector'));
const Sample = lazy(() => import('../SampleCode'));

export function TokenPlayground(props: ComponentProps<typeof Playground>): ReactNode {
  return (
    <Suspense fallback={null}>
      <Playground {...props} />
    </Suspense>
  );
}

export function TokenInspector(props: ComponentProps<typeof Inspector>): ReactNode {
  return (
    <Suspense fallback={null}>
      <Inspector {...props} />
    </Suspense>
  );
}

export function SampleCode(props: ComponentProps<typeof Sample>): ReactNode {
  return (
    <Suspense fallback={null}>
      <Sample {...props} />
    </Suspense>
  );
}

import {startTransition, useEffect, useState} from 'react';

/** Code loaded on first need and kept for the rest of the visit. */
export type LoadedOnce<M, A extends unknown[] = []> = {
  /** The module, once it has loaded. */
  readonly current: M | undefined;
  /** Starts the load (only the first call does, with its arguments) and resolves with the module. */
  load: (...args: A) => Promise<M>;
};

export function loadOnce<M, A extends unknown[] = []>(importModule: (...args: A) => Promise<M>): LoadedOnce<M, A> {
  let current: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get current() {
      return current;
    },
    load: (...args: A) => (loading ??= importModule(...args).then((module) => (current = module))),
  };
}

/**
 * The module once it has loaded; while `needed`, starts the load and renders again when it is in,
 * as a transition (React splits it into short tasks, so the page stays responsive meanwhile).
 */
export function useLoadedOnce<M>(code: LoadedOnce<M>, needed: boolean): M | undefined {
  const [, setLoaded] = useState(code.current !== undefined);
  useEffect(() => {
    if (needed && code.current === undefined) void code.load().then(() => startTransition(() => setLoaded(true)));
  }, [code, needed]);
  return code.current;
}

/**
 * Entry path. Turns a dynamic import into a component that renders once its
 * chunk has arrived (from the precache, so offline too), keeping screens that
 * the first paint doesn't show out of the entry bundle. Preact's own `lazy`
 * lives in preact/compat, which would cost more than this.
 */
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** What to show while loading or when the chunk can't be had. */
export interface LazyFallbacks {
  loading?: () => preact.ComponentChild;
  failed?: () => preact.ComponentChild;
}

/** A component that loads `load()` on first render and then renders it with the same props. */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallbacks: LazyFallbacks = {},
): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;

  return function Lazy(props: P) {
    const [, setReady] = useState(loaded !== null);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      pending ??= load();
      pending.then(
        (component) => {
          loaded = component;
          if (current) setReady(true);
        },
        () => {
          // A failed import may succeed later (the precache finished): try again next time.
          pending = null;
          if (current) setFailed(true);
        },
      );
      return () => {
        current = false;
      };
    }, []);
    if (loaded) {
      const Component = loaded;
      return <Component {...props} />;
    }
    return <>{(failed ? fallbacks.failed : fallbacks.loading)?.() ?? null}</>;
  };
}

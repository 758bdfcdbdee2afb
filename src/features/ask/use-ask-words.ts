/** Preact hook: loads the ask words of some languages and says when all are ready. */
import { useEffect, useState } from 'preact/hooks';
import { hasAskWords, loadAskWords } from './ask-words';

/** 'ready' once every language in `langs` has its ask words; 'failed' if a chunk can't be had. */
export function useAskWords(langs: readonly string[]): 'loading' | 'ready' | 'failed' {
  const key = langs.join(',');
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>(() =>
    langs.every(hasAskWords) ? 'ready' : 'loading',
  );
  useEffect(() => {
    if (langs.every(hasAskWords)) {
      setState('ready');
      return;
    }
    let current = true;
    setState('loading');
    Promise.all(langs.map(loadAskWords)).then(
      () => current && setState('ready'),
      () => current && setState('failed'),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}

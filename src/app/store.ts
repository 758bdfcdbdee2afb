/**
 * Entry path. The app's in-memory state: which screen, which region, which
 * language, and one calm notice. Screens change here, never in the history,
 * so Back can't bring app content back after an exit.
 */
import { useEffect, useState } from 'preact/hooks';
import { GLOBAL_REGION, type RegionCode } from '../core/region-code';
import { DEFAULT_LANGUAGE } from '../core/languages';
import type { Audience } from '../core/audience';

/** The screens of the unlocked app. */
export type Screen =
  | { name: 'hotlines' }
  | { name: 'articles' }
  | { name: 'article'; slug: string }
  | { name: 'regions' }
  | { name: 'scan' }
  | { name: 'settings' }
  | { name: 'card'; id: string }
  | { name: 'ask' };

/** A short message shown once, e.g. "That code isn't one of ours". */
export interface Notice {
  key: string;
  values?: Record<string, string>;
  /** At most one button beside the message, e.g. "Switch back". */
  action?: NoticeAction;
}

/** The one thing a notice offers to do. */
export interface NoticeAction {
  key: string;
  values?: Record<string, string>;
  run: () => void;
}

/** A poster's signed venue pack (`v=`), unchecked, and the region its poster named. */
export interface HeldVenue {
  token: string;
  region: string;
}

/** Everything the UI renders from. */
export interface AppState {
  screen: Screen;
  region: RegionCode;
  language: string;
  notice: Notice | null;
  /** Held in memory only, so a quick exit drops it; the hotlines screen checks it. */
  venue: HeldVenue | null;
  /** Who the poster that opened this visit was for; memory only, never saved. */
  audience: Audience | null;
  /** A real place a poster named that has no pack: the fallback is shown under its name. */
  place: RegionCode | null;
}

const initialState: AppState = {
  screen: { name: 'hotlines' },
  region: GLOBAL_REGION,
  language: DEFAULT_LANGUAGE,
  notice: null,
  venue: null,
  audience: null,
  place: null,
};

let state: AppState = initialState;
const listeners = new Set<() => void>();

/** The current state. */
export function getState(): AppState {
  return state;
}

/** Merges a change into the state and tells subscribers. */
export function update(change: Partial<AppState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

/**
 * Forgets the view (quick exit): the screen the person was on, any notice and
 * a held venue pack. The region, language and what the poster said of its
 * place and audience stay, as `<html data-region lang>` and the saved
 * settings do, so an unlock shows the same place in the same words.
 * Does not notify: the UI is already gone.
 */
export function resetView(): void {
  state = {
    ...state,
    screen: initialState.screen,
    notice: initialState.notice,
    venue: initialState.venue,
  };
}

/** Preact hook: re-renders when the state changes. */
export function useAppState(): AppState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    const listener = () => setCurrent(state);
    listeners.add(listener);
    listener();
    return () => listeners.delete(listener);
  }, []);
  return current;
}

/**
 * Entry path. The cover: a plain, working, boring screen that reveals
 * nothing. Which one depends on the page (`<html data-disguise>`) or the
 * person's choice; a wrong unlock just behaves like the cover.
 *
 * Each cover is its own chunk, so a page carries only the one it wears.
 * The exit renders synchronously: it shows the loaded cover, or until it
 * has arrived (a moment after the first paint) a blank one of the same
 * colour, so content is gone in the same event either way.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DisguiseId } from '../../core/disguises';
import { coverDisguise, isUnlockCode } from './look';
import './cover.css';

/** What every cover gets: a way to test a typed code and to reveal the app. */
export interface CoverProps {
  /** Resolves true when `typed` is the person's code (a salted hash is compared, so it waits). */
  isCode: (typed: string) => Promise<boolean>;
  onUnlock: () => void;
}

const loaders: Record<DisguiseId, () => Promise<ComponentType<CoverProps>>> = {
  calculator: () => import('./CalculatorCover').then((module) => module.CalculatorCover),
  notes: () => import('./NotesCover').then((module) => module.NotesCover),
  converter: () => import('./ConverterCover').then((module) => module.ConverterCover),
};
const loaded: Partial<Record<DisguiseId, ComponentType<CoverProps>>> = {};

/** Loads the cover this page would show now; resolves when it can be drawn synchronously. */
export async function preloadCover(): Promise<void> {
  const id = coverDisguise();
  loaded[id] ??= await loaders[id]();
}

/** Shows the neutral cover; `onUnlock` reveals the app. */
export function Cover({ onUnlock }: { onUnlock: () => void }) {
  const id = coverDisguise();
  const Component = loaded[id];
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (Component) return;
    let current = true;
    void preloadCover().then(() => current && setArrived((count) => count + 1));
    return () => {
      current = false;
    };
  }, [Component]);
  if (!Component) return <div class="cover" data-cover="" />;
  return <Component isCode={isUnlockCode} onUnlock={onUnlock} />;
}

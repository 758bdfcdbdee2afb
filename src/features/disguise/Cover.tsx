/**
 * Entry path. The cover: a plain, working, boring screen that reveals
 * nothing. Which one depends on the page (`<html data-disguise>`) or the
 * person's choice; a wrong unlock just behaves like the cover.
 */
import { CalculatorCover } from './CalculatorCover';
import { ConverterCover } from './ConverterCover';
import { NotesCover } from './NotesCover';
import { coverDisguise, getUnlockCode } from './look';
import './cover.css';

/** What every cover gets: a way to test a typed code and to reveal the app. */
export interface CoverProps {
  /** True when `typed` is the unlock code. Read at the moment of unlocking, never cached. */
  isCode: (typed: string) => boolean;
  onUnlock: () => void;
}

/** Shows the neutral cover; `onUnlock` reveals the app. */
export function Cover({ onUnlock }: { onUnlock: () => void }) {
  const isCode = (typed: string) => typed === getUnlockCode();
  switch (coverDisguise()) {
    case 'calculator':
      return <CalculatorCover isCode={isCode} onUnlock={onUnlock} />;
    case 'notes':
      return <NotesCover isCode={isCode} onUnlock={onUnlock} />;
    case 'converter':
      return <ConverterCover isCode={isCode} onUnlock={onUnlock} />;
  }
}

/**
 * The ask feature's one lazy door (see shell/lazy-ask.ts): the Help screen's
 * button and the app frame's screen both come through here, so the feature
 * is one chunk and the entry bundle one loader.
 */
import { AskButton } from './AskButton';
import { AskScreen } from './AskScreen';

/** The ask screen itself (`screen`), else the Help screen's button. */
export function Ask({ screen }: { screen?: boolean }) {
  return screen ? <AskScreen /> : <AskButton />;
}

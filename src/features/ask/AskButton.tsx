/**
 * The Help screen's door to "ask without speaking". It loads with the
 * feature's chunk after the hotlines are on screen, so the first paint
 * carries none of it; the button appears once its words are in.
 */
import { update, useAppState } from '../../app/store';
import { askT } from './ask-words';
import { useAskWords } from './use-ask-words';

/** Opens the ask screen; the app's screen changes in memory, never in history. */
export function AskButton() {
  const { language } = useAppState();
  if (useAskWords([language]) !== 'ready') return null;
  return (
    <button
      type="button"
      class="secondary"
      data-action="ask"
      onClick={() => update({ screen: { name: 'ask' }, notice: null })}
    >
      {askT(language)('open')}
    </button>
  );
}

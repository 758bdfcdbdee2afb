/** Switching language: words, document direction, store and saved setting in one place. */
import { setSetting } from '../../storage/settings';
import { update } from '../shell/store';
import { setLanguage } from './i18n';

/** Switches to `code` (or English when it isn't shipped) and remembers the choice. */
export async function chooseLanguage(code: string): Promise<void> {
  const language = await setLanguage(code);
  update({ language });
  await setSetting('language', language);
}

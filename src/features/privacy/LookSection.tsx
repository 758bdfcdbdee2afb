/**
 * Settings → Look: the disguise chooser, the unlock code and how to use it,
 * and the honesty note. Also usable at set-up.
 */
import { useState } from 'preact/hooks';
import {
  NO_DISGUISE,
  disguiseIds,
  disguisePage,
  parseUnlockCode,
  type DisguiseId,
} from '../../core/disguises';
import { saveSetting } from '../../app/settings';
import { chosenDisguise, entryDisguise, getUnlockCode } from '../disguise/look';
import { preloadCover } from '../disguise/Cover';
import { t } from '../../app/i18n';
import { HonestyNote } from './HonestyNote';
import './privacy.css';

type CodeNote = { key: 'saved' | 'notKept' | 'invalid'; code: string } | null;

function UnlockCodeForm({ onSaved }: { onSaved: (code: string) => void }) {
  const [draft, setDraft] = useState(getUnlockCode());
  const [note, setNote] = useState<CodeNote>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    const code = parseUnlockCode(draft.trim());
    if (!code) {
      setNote({ key: 'invalid', code: '' });
      return;
    }
    const kept = await saveSetting('unlockCode', code);
    onSaved(code);
    setNote({ key: kept ? 'saved' : 'notKept', code });
  };

  return (
    <form class="privacy-form" onSubmit={save}>
      <label class="privacy-field">
        <span>{t('privacy:look.code.label')}</span>
        <input
          type="text"
          inputMode="numeric"
          autocomplete="off"
          maxLength={8}
          value={draft}
          data-setting="unlock-code"
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('privacy:look.code.save')}</button>
      {note && (
        <p role="status" class="meta">
          {t(`privacy:look.code.${note.key}`, { code: note.code })}
        </p>
      )}
    </form>
  );
}

/** The "Look" section: none / calculator / notes / converter, and the code that opens the app. */
export function LookSection() {
  // On a disguise's own page with nothing chosen yet, that disguise is the one in use.
  const [disguise, setDisguise] = useState<DisguiseId | null>(chosenDisguise() ?? entryDisguise());
  const [code, setCode] = useState(getUnlockCode());
  const [notKept, setNotKept] = useState(false);
  const options: ReadonlyArray<DisguiseId | null> = [null, ...disguiseIds];

  const choose = async (next: DisguiseId | null) => {
    setDisguise(next);
    // Saved in memory at once, so an exit now already wears the new cover.
    const saved = saveSetting('disguise', next ?? NO_DISGUISE);
    // The exit must be able to draw the new cover synchronously.
    void preloadCover().catch(() => undefined);
    setNotKept(!(await saved));
  };

  const name = disguise ? t(`privacy:look.${disguise}`) : '';
  return (
    <section class="card privacy-section" aria-labelledby="look-title" data-section="disguise">
      <h2 id="look-title">{t('privacy:look.title')}</h2>
      <p>{t('privacy:look.intro')}</p>
      <fieldset class="privacy-choices">
        <legend>{t('privacy:look.choose')}</legend>
        {options.map((option) => (
          <label key={option ?? NO_DISGUISE} class="privacy-choice">
            <input
              type="radio"
              name="disguise"
              value={option ?? NO_DISGUISE}
              checked={option === disguise}
              onChange={() => void choose(option)}
            />
            <span>{t(`privacy:look.${option ?? NO_DISGUISE}`)}</span>
          </label>
        ))}
      </fieldset>
      {notKept && <p class="meta">{t('privacy:look.savedFailed')}</p>}
      <p data-unlock-hint="">
        {t(`privacy:look.unlock.${disguise ?? entryDisguise() ?? NO_DISGUISE}`, { code })}
      </p>
      {disguise && disguise !== entryDisguise() && (
        <>
          <p>{t('privacy:look.install', { name })}</p>
          <button
            type="button"
            class="secondary"
            data-action="open-disguise"
            // replace, never push: Back must not lead back into the app.
            onClick={() => location.replace(disguisePage(disguise))}
          >
            {t('privacy:look.open', { name })}
          </button>
        </>
      )}
      <UnlockCodeForm onSaved={setCode} />
      <HonestyNote />
    </section>
  );
}

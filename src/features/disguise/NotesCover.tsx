/**
 * Entry path. The notes cover: notes live only in this component's memory
 * and vanish with it. Writing the code as a note and pressing Add unlocks.
 */
import { useState } from 'preact/hooks';
import { t } from '../../app/i18n';
import type { CoverProps } from './Cover';

/** A plain notes list; the unlock code added as a note reveals the app instead. */
export function NotesCover({ isCode, onUnlock }: CoverProps) {
  const [notes, setNotes] = useState<ReadonlyArray<{ id: number; text: string }>>([]);
  const [draft, setDraft] = useState('');
  const [nextId, setNextId] = useState(1);

  const add = (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    if (text === '') return;
    if (isCode(text)) {
      onUnlock();
      return;
    }
    setNotes([{ id: nextId, text }, ...notes]);
    setNextId(nextId + 1);
    setDraft('');
  };

  return (
    <div class="cover cover-notes" data-cover="notes">
      <h1>{t('disguise:notes.title')}</h1>
      <form class="notes-form" onSubmit={add}>
        <input
          type="text"
          class="notes-input"
          value={draft}
          aria-label={t('disguise:notes.new')}
          placeholder={t('disguise:notes.new')}
          // The browser must not remember what is typed here (the code, or anything else).
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="notes-add">
          {t('disguise:notes.add')}
        </button>
      </form>
      {notes.length === 0 ? (
        <p class="notes-empty">{t('disguise:notes.empty')}</p>
      ) : (
        <ul class="notes-list">
          {notes.map((note) => (
            <li key={note.id} class="notes-item">
              <span>{note.text}</span>
              <button
                type="button"
                class="secondary"
                aria-label={t('disguise:notes.remove')}
                onClick={() => setNotes(notes.filter((other) => other.id !== note.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

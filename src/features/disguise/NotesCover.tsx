/**
 * Entry path. The notes cover: a notes app that keeps its notes (in
 * IndexedDB, or in memory when the phone won't keep them). Writing the code
 * as a note and pressing Add unlocks instead, and the code is never kept.
 */
import { useEffect, useState } from 'preact/hooks';
import { addNote, getNotes, removeNote, type Note } from '../../storage/notes';
import { t } from '../../app/i18n';
import type { CoverProps } from './Cover';

/** A plain notes list; the unlock code added as a note reveals the app instead. */
export function NotesCover({ isCode, onUnlock }: CoverProps) {
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const [draft, setDraft] = useState('');
  // Notes the phone would not keep get ids below zero, apart from stored keys.
  const [memoryId, setMemoryId] = useState(-1);

  useEffect(() => {
    let current = true;
    void getNotes().then((kept) => {
      // A note added before the kept ones arrived stays on top.
      if (current)
        setNotes((shown) => [
          ...shown,
          ...kept.filter((note) => !shown.some((other) => other.id === note.id)),
        ]);
    });
    return () => {
      current = false;
    };
  }, []);

  const add = async (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    if (text === '') return;
    // Emptied now, not after the check: what is typed while the check runs is the next note,
    // and clearing the field later would throw it away (a code typed right after a note).
    setDraft('');
    // Checked before anything is kept: the code is never saved as a note.
    if (await isCode(text)) {
      onUnlock();
      return;
    }
    const id = (await addNote(text)) ?? memoryId;
    if (id === memoryId) setMemoryId(memoryId - 1);
    setNotes((shown) => [{ id, text }, ...shown]);
  };

  const remove = (id: number) => {
    setNotes((shown) => shown.filter((other) => other.id !== id));
    void removeNote(id);
  };

  return (
    <div class="cover cover-notes" data-cover="notes">
      <h1>{t('disguise:notes.title')}</h1>
      <form class="notes-form" onSubmit={(event) => void add(event)}>
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
        // data-personal: the person's own notes (and whether there are any) never go into
        // the cover's kept copy (cover-snapshot.ts).
        <p class="notes-empty" data-personal="">
          {t('disguise:notes.empty')}
        </p>
      ) : (
        <ul class="notes-list" data-personal="">
          {notes.map((note) => (
            <li key={note.id} class="notes-item">
              <span>{note.text}</span>
              <button
                type="button"
                class="secondary"
                aria-label={t('disguise:notes.remove')}
                onClick={() => remove(note.id)}
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

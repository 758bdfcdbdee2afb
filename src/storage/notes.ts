/**
 * The notes cover's notes over IndexedDB. They are the cover's own, ordinary
 * content (a notes app that forgets its notes gives itself away), never the
 * code. Reads never throw; when storage fails the cover keeps them in memory.
 */
import * as v from 'valibot';
import { getDb } from './db';

/** One note as the cover shows it; `id` is its key in storage. */
export interface Note {
  id: number;
  text: string;
}

const StoredNote = v.object({ text: v.pipe(v.string(), v.maxLength(10_000)) });

/** Every kept note, newest first; an unreadable record is skipped, an unreadable store is empty. */
export async function getNotes(): Promise<Note[]> {
  try {
    const db = await getDb();
    if (!db) return [];
    const tx = db.transaction('notes', 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    const notes: Note[] = [];
    keys.forEach((id, index) => {
      const parsed = v.safeParse(StoredNote, values[index]);
      if (parsed.success) notes.push({ id, text: parsed.output.text });
    });
    return notes.reverse();
  } catch {
    return [];
  }
}

/** Keeps a note; resolves to its key, or null when it could only live in memory. */
export async function addNote(text: string): Promise<number | null> {
  try {
    const db = await getDb();
    if (!db) return null;
    return await db.add('notes', { text });
  } catch {
    return null;
  }
}

/** Deletes one note; a note that was never kept is simply gone. */
export async function removeNote(id: number): Promise<void> {
  try {
    const db = await getDb();
    await db?.delete('notes', id);
  } catch {
    // Nothing kept, nothing to delete.
  }
}

/** Deletes every note ("Remove everything"). Resolves even when storage is unavailable. */
export async function forgetNotes(): Promise<void> {
  try {
    const db = await getDb();
    await db?.clear('notes');
  } catch {
    // Nothing kept, nothing to delete.
  }
}

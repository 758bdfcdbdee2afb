/**
 * Entry path. What the app put on the clipboard, and taking it back: a copied
 * message must not outlive an exit or "Remove everything".
 */

// Set once the app copied something, so only what this app put there is overwritten.
let copiedSomething = false;

/** Copies `text` for the person; resolves false where the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    copiedSomething = true;
    return true;
  } catch {
    return false;
  }
}

/**
 * Overwrites the clipboard if the app copied to it, synchronously, inside the
 * input event that asked: an exit leaves the page at once, and a navigation
 * drops a pending `writeText` (seen in Chromium after a pointerdown exit).
 * `execCommand('copy')` writes before this returns and needs the event's
 * user activation; `writeText('')` covers browsers that dropped execCommand.
 */
export function overwriteClipboard(): void {
  if (!copiedSomething) return;
  copiedSomething = false;
  const blank = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
  };
  document.addEventListener('copy', blank, { capture: true });
  try {
    document.execCommand('copy');
  } catch {
    // No execCommand: writeText below is the only way left.
  } finally {
    document.removeEventListener('copy', blank, { capture: true });
  }
  void navigator.clipboard?.writeText('').catch(() => undefined);
}

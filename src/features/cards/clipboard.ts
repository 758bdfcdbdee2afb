/**
 * What the app put on the clipboard, and taking it back: a copied message must
 * not outlive an exit or "Remove everything". In the lazy cards chunk, not
 * on the first paint: there is nothing to take back before a copy.
 */
// Set once the app copied something, so only what this app put there is overwritten.
let copiedSomething = false;

/** Copies `text` for the person; resolves false where the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    return false;
  }
  copiedSomething = true;
  return true;
}

/**
 * Overwrites the clipboard if the app copied to it, synchronously, inside the
 * input event that asked (the exit runs it among its listeners): an exit
 * leaves the page at once, and its navigation dropped a pending `writeText`
 * (Chromium, after the exit button). `execCommand('copy')` writes before it
 * returns, with the event's user activation; `writeText('')` covers browsers
 * that dropped execCommand.
 */
export function overwriteClipboard(): void {
  if (!copiedSomething) return;
  copiedSomething = false;
  const blank = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
  };
  document.addEventListener('copy', blank, true);
  try {
    document.execCommand('copy');
  } catch {
    // No execCommand: writeText below is the only way left.
  }
  document.removeEventListener('copy', blank, true);
  void navigator.clipboard?.writeText('').catch(() => undefined);
}

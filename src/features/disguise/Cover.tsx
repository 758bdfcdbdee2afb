/** The cover: a plain, boring screen that reveals nothing. */

/** Shows the neutral cover; `onUnlock` reveals the app. */
export function Cover({ onUnlock }: { onUnlock: () => void }) {
  return (
    <div class="cover" data-cover="">
      <h1>Lantern</h1>
      <button type="button" class="secondary" onClick={onUnlock}>
        Open
      </button>
    </div>
  );
}

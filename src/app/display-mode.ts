/** Entry path. How the page was opened: in a browser tab, or as an installed app's window. */

// One list, made once (boot asks first, in install-events): the exit reads it in its event,
// where parsing three media queries each time was a fifth of its handler in a CPU profile.
let installedWindow: MediaQueryList | null = null;

/** True in an installed window, where leaving would open a browser sheet instead. */
export function isStandalone(): boolean {
  installedWindow ??= window.matchMedia(
    '(display-mode: standalone), (display-mode: fullscreen), (display-mode: minimal-ui)',
  );
  return (
    installedWindow.matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

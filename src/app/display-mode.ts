/** Entry path. How the page was opened: in a browser tab, or as an installed app's window. */

/** True in an installed window, where leaving would open a browser sheet instead. */
export function isStandalone(): boolean {
  return (
    ['standalone', 'fullscreen', 'minimal-ui'].some(
      (mode) => window.matchMedia(`(display-mode: ${mode})`).matches,
    ) || (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

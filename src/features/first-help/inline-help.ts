/**
 * The plain entry's one inline script (the build bundles it into index.html
 * with its CSP hash; see scripts/first-help/). On a first visit from a poster
 * it shows the region's first numbers from the table in the same HTML at
 * once, before any script file has arrived on a slow network; the app
 * replaces it when it starts (shell/root.tsx). It draws with the DOM, never
 * markup, so nothing from the address or the table can become HTML.
 *
 * It never draws on a page a service worker answers: that person has been
 * here before and may have chosen a disguise, whose cover must come first
 * with no flash of help. There the worker may have put the last screen's
 * copy into the box (the view snapshot), and this only makes its exit work.
 */
import { FALLBACK_DISGUISE, disguisePage } from '../../core/disguises';
import {
  FIRST_HELP_IDS,
  firstHelpFor,
  firstHelpWords,
  parseFirstHelpData,
  type FirstHelpRow,
  type FirstHelpWords,
} from '../../core/first-help';
import { dialString } from '../../core/dial-links';

function link(href: string, label: string, number: string, kind: string): HTMLElement {
  const paragraph = document.createElement('p');
  const anchor = document.createElement('a');
  anchor.className = 'button';
  anchor.href = href;
  anchor.dataset.link = kind;
  const name = document.createElement('span');
  name.textContent = label;
  const digits = document.createElement('bdi');
  digits.dir = 'ltr';
  digits.textContent = number;
  anchor.append(name, ' ', digits);
  paragraph.append(anchor);
  return paragraph;
}

function leave(box: HTMLElement): void {
  // Like the app's exit: content goes in the same event, then a neutral page replaces this one.
  box.remove();
  location.replace(disguisePage(FALLBACK_DISGUISE));
}

// The exit works from the first frame: on the button and on Shift pressed three times.
function wireExit(box: HTMLElement, button: Element): void {
  button.addEventListener('pointerdown', () => leave(box));
  button.addEventListener('click', () => leave(box));
  let shifts = 0;
  addEventListener('keyup', (event) => {
    shifts = event.key === 'Shift' ? shifts + 1 : 0;
    if (shifts === 3 && box.isConnected) leave(box);
  });
}

function exitButton(box: HTMLElement, label: string): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'quick-exit';
  button.dataset.quickExit = '';
  button.textContent = label;
  wireExit(box, button);
  return button;
}

function show(
  box: HTMLElement,
  region: string,
  row: FirstHelpRow,
  lang: string,
  words: FirstHelpWords,
): void {
  const [lineCall, lineText, emergencyCall] = row;
  const parts: HTMLElement[] = [exitButton(box, words.exit)];
  // The emergency number first, as on the hotline screen; a sign, not a word, tells it apart.
  if (emergencyCall) {
    parts.push(
      link(`tel:${dialString(emergencyCall)}`, `🚨 ${words.call}`, emergencyCall, 'urgent'),
    );
  }
  if (lineText) parts.push(link(`sms:${dialString(lineText)}`, words.text, lineText, 'text'));
  if (lineCall) parts.push(link(`tel:${dialString(lineCall)}`, words.call, lineCall, 'call'));
  box.dataset.region = region;
  // The words are in the language the app will open in; the numbers keep their own order (bdi).
  box.lang = lang;
  box.dir = words.dir;
  box.replaceChildren(...parts);
  box.hidden = false;
}

function start(): void {
  const box = document.getElementById(FIRST_HELP_IDS.box);
  if (navigator.serviceWorker?.controller) {
    // The worker may have answered with the last screen's copy (src/sw): its exit must work now.
    const snapshotExit = box?.querySelector('[data-quick-exit]');
    if (box && snapshotExit) wireExit(box, snapshotExit);
    return;
  }
  const json = document.getElementById(FIRST_HELP_IDS.data)?.textContent;
  const data = json ? parseFirstHelpData(json) : null;
  if (!box || !data) return;
  const found = firstHelpFor(location.search, data.rows);
  if (!found) return;
  const chosen = firstHelpWords(location.search, navigator.languages ?? [], data.words);
  show(box, found.region, found.row, chosen.lang, chosen.words);
}

try {
  start();
} catch {
  // The app comes next either way; the first help is a head start, never a blocker.
}

/**
 * Quick exit, measured: from the input event to no `tel:` link left in the
 * DOM, for each trigger the app answers (the button, Shift ×3, a two-finger
 * double tap), at 4× CPU throttling as on a cheap phone. The baseline is a
 * one-file page whose handler removes its one link on the same input, in the
 * same browser. The app runs as an installed window (display-mode emulated)
 * so the exit stays on the cover and the page can be read afterwards; in a
 * tab it would also start a navigation, after the content is gone.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { launchProfile } from '../../tests/e2e/support/browser';
import { startStaticServer } from '../../tests/e2e/support/static-server';
import { installProbe, takeTiming, type InputTiming } from './input-probe';
import { median } from './stats';
import type { BenchModule, Figure } from './types';
import type { AppBuild } from './workspace';

/** Goal: content gone within one frame of the input, even throttled. */
const GOAL_MS = 16;
/** Goal for the two-finger double tap: within this ratio of the one-element page. */
const TOUCH_GOAL_RATIO = 1.2;
const THROTTLE = 4;
/**
 * Exits take this many times the runs: each is quick to take, and noisy. A
 * touch waits 8–25 ms in the browser's input path before the page sees it
 * (about 4.5 ms standard deviation here, in both pages alike) against a few
 * ms of handler, so with 9 runs its median ratio moved between 1.03× and
 * 1.41× for the same build; the button's samples have rare 20–40 ms ones.
 */
const RUNS_FACTOR = 3;
/**
 * The tap takes twice that: its ratio is mostly the browser's input wait (about
 * 14 ms, 4.5 ms standard deviation, the same in both pages) around a few ms of
 * handler, and at 63 pairs its interval spanned about ±0.08× around medians of
 * 1.06–1.11× in the same build, so the verdict fell on either side of 1.2×.
 * Twice the pairs narrow it by about √2.
 */
const TOUCH_RUNS_FACTOR = 2 * RUNS_FACTOR;
const hotline = 'a[href^="tel:"]';

/** A trigger: how a person fires it, and the input event that should do the work. */
interface Trigger {
  name: string;
  event: string;
  /** Exits per run, when this trigger needs more than `RUNS_FACTOR` to decide. */
  runsFactor?: number;
  /** Also timed on the app's own screen saved as a static page: what the content alone costs. */
  sameScreen?: boolean;
  /** Before the clock and the throttling: what a person does before the input itself. */
  aim?(page: Page, cdp: CDPSession): Promise<void>;
  fire(page: Page, cdp: CDPSession): Promise<void>;
}

/** The centre of the exit control, where a finger or pointer lands on it. */
const exitTarget = { x: 0, y: 0 };

const triggers: Trigger[] = [
  {
    name: 'exit button',
    event: 'pointerdown',
    // The pointer rests on the button first, as a mouse or a hovering finger does; the press is
    // sent as browser input. Playwright's click() would also run its own hit-target check in the
    // page inside the same pointerdown, about 20 ms at 4× even on the one-element page.
    aim: async (page, cdp) => {
      const box = await page.locator('[data-quick-exit], #exit').first().boundingBox();
      if (!box) throw new Error('no exit button on screen');
      exitTarget.x = box.x + box.width / 2;
      exitTarget.y = box.y + box.height / 2;
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...exitTarget });
      // Two frames: the hover has been drawn before the press.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    },
    fire: async (_page, cdp) => {
      const press = { ...exitTarget, button: 'left' as const, clickCount: 1 };
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', buttons: 1, ...press });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', buttons: 0, ...press });
    },
  },
  {
    name: 'Shift ×3',
    event: 'keyup',
    fire: async (page) => {
      for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    },
  },
  {
    name: 'two-finger double tap',
    event: 'touchstart',
    runsFactor: TOUCH_RUNS_FACTOR,
    sameScreen: true,
    fire: async (_page, cdp) => {
      const fingers = [
        { x: 60, y: 300, id: 1 },
        { x: 160, y: 300, id: 2 },
      ];
      for (let tap = 0; tap < 2; tap += 1) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      }
    },
  },
];

// The baseline answers the same three inputs by removing its one link, and nothing else.
const baselineHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Baseline</title>
  </head>
  <body>
    <button id="exit" type="button">Exit</button>
    <p><a href="tel:+448000121700">Call 0800 0121 700</a></p>
    <script src="/exit.js"></script>
  </body>
</html>
`;

const baselineScript = `let shifts = 0;
let taps = 0;
const leave = () => document.querySelector('a')?.remove();
document.getElementById('exit').addEventListener('pointerdown', leave);
window.addEventListener('keyup', (event) => {
  if (event.key === 'Shift' && ++shifts === 3) leave();
});
window.addEventListener('touchstart', (event) => {
  if (event.touches.length === 2 && ++taps === 2) leave();
});
`;

// The same inputs on the saved screen, removing the app's element as its exit does, and nothing else.
const sameScreenScript = `let shifts = 0;
let taps = 0;
const leave = () => document.getElementById('root')?.replaceWith(document.createElement('div'));
document.querySelector('[data-quick-exit]')?.addEventListener('pointerdown', leave);
window.addEventListener('keyup', (event) => {
  if (event.key === 'Shift' && ++shifts === 3) leave();
});
window.addEventListener('touchstart', (event) => {
  if (event.touches.length === 2 && ++taps === 2) leave();
});
`;

function writeBaseline(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), baselineHtml);
  writeFileSync(join(dir, 'exit.js'), baselineScript);
  writeFileSync(join(dir, 'same-screen.js'), sameScreenScript);
  return dir;
}

// Runs in the app's page: its DOM as a person sees it, without the app's scripts, CSP, manifest
// or icons, and with the styles its lazy parts added (absolute URLs) made relative.
const screenAsHtml = `(() => {
  const copy = document.documentElement.cloneNode(true);
  const left = 'script, meta[http-equiv], link:not([rel="stylesheet"])';
  for (const element of copy.querySelectorAll(left)) element.remove();
  for (const link of copy.querySelectorAll('link[rel="stylesheet"]')) {
    link.setAttribute('href', new URL(link.href).pathname);
  }
  return '<!doctype html>' + copy.outerHTML;
})()`;

/**
 * The hotlines screen the exit removes, saved from the app as a static page
 * with its styles and a one-line exit: timed beside the app, it tells the
 * cost of the content (Chromium tearing down its layout) from the app's own.
 */
async function writeSameScreen(page: Page, appOrigin: string, app: AppBuild, dir: string) {
  await page.goto(`${appOrigin}/?r=gb`);
  await page.locator(hotline).first().waitFor();
  await page.waitForLoadState('networkidle');
  const html = String(await page.evaluate(screenAsHtml));
  if (!html.includes('id="root"')) throw new Error('the app screen has no #root to save');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  for (const file of readdirSync(join(app.outDir, 'assets'))) {
    if (file.endsWith('.css'))
      copyFileSync(join(app.outDir, 'assets', file), join(dir, 'assets', file));
  }
  const staticPage = html.replace('</body>', '<script src="/same-screen.js"></script></body>');
  writeFileSync(join(dir, 'same-screen.html'), staticPage);
}

// Runs before the app: an installed window, where the exit stays on the cover.
const standalone = `(() => {
  const original = window.matchMedia.bind(window);
  window.matchMedia = (query) => {
    const list = original(query);
    return query.includes('display-mode: standalone')
      ? Object.defineProperty(list, 'matches', { value: true })
      : list;
  };
})();`;

/** One timed exit: fresh page, throttled, fired; null when this trigger removed nothing. */
async function timeOnce(
  page: Page,
  cdp: CDPSession,
  url: string,
  trigger: Trigger,
): Promise<InputTiming | null> {
  // Touch input from CDP reaches only the tab in front.
  await page.bringToFront();
  await page.goto(url);
  await page.locator(hotline).first().waitFor();
  // Let the lazy work after the first paint (set-up, worker bridge, cover) finish first.
  await page.waitForLoadState('networkidle');
  await trigger.aim?.(page, cdp);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  try {
    await trigger.fire(page, cdp);
    const timing = await takeTiming(page, 3_000);
    if (timing && timing.type !== trigger.event) {
      throw new Error(`${trigger.name}: content went on ${timing.type}, not ${trigger.event}`);
    }
    return timing;
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

/** The app's own share beside a baseline's: from the first listener to the content gone. */
function handlersFigure(
  trigger: Trigger,
  app: number[],
  baselineName: string,
  baseline: number[],
): Figure {
  return {
    name: `  of which the page's handlers (${trigger.event})`,
    unit: 'ms',
    value: median(app),
    samples: app,
    baseline: { name: baselineName, value: median(baseline), samples: baseline },
  };
}

/** Quick-exit latency per trigger, against the one-element page. */
export const quickExit: BenchModule = {
  name: 'quick-exit',
  issueGoals: [4],
  describe: `input event → no tel: link, ${THROTTLE}× CPU throttling, app vs one-element page, ${RUNS_FACTOR}× the runs (the tap ${TOUCH_RUNS_FACTOR}×)`,
  async run({ runs, workDir, build }) {
    const app = await build('normal');
    const appServer = await startStaticServer(app.outDir);
    const baselineDir = writeBaseline(join(workDir, 'exit-baseline'));
    const baselineServer = await startStaticServer(baselineDir);
    const profile = await launchProfile();
    const figures: Figure[] = [];
    try {
      const appPage = await profile.context.newPage();
      await appPage.addInitScript({ content: standalone });
      await writeSameScreen(appPage, appServer.origin, app, baselineDir);
      await installProbe(appPage, { selector: hotline, until: 'gone' });
      const basePage = await profile.context.newPage();
      await installProbe(basePage, { selector: hotline, until: 'gone' });
      const appCdp = await profile.context.newCDPSession(appPage);
      const baseCdp = await profile.context.newCDPSession(basePage);

      for (const trigger of triggers) {
        const appSamples: number[] = [];
        const baseSamples: number[] = [];
        const handling: number[] = [];
        const baseHandling: number[] = [];
        const screenSamples: number[] = [];
        const screenHandling: number[] = [];
        let present = true;
        const exits = runs * (trigger.runsFactor ?? RUNS_FACTOR);
        for (let run = 0; run < exits && present; run += 1) {
          const timing = await timeOnce(appPage, appCdp, `${appServer.origin}/?r=gb`, trigger);
          if (!timing) {
            present = false;
            break;
          }
          appSamples.push(timing.sinceEvent);
          handling.push(timing.handling);
          const base = await timeOnce(basePage, baseCdp, `${baselineServer.origin}/`, trigger);
          if (!base) throw new Error(`the baseline did not answer ${trigger.name}`);
          baseSamples.push(base.sinceEvent);
          baseHandling.push(base.handling);
          if (!trigger.sameScreen) continue;
          const screenUrl = `${baselineServer.origin}/same-screen.html`;
          const screen = await timeOnce(basePage, baseCdp, screenUrl, trigger);
          if (!screen) throw new Error(`the saved screen did not answer ${trigger.name}`);
          screenSamples.push(screen.sinceEvent);
          screenHandling.push(screen.handling);
        }
        if (!present) {
          console.log(`  ${trigger.name}: the app did not exit on it; not measured`);
          continue;
        }
        const value = median(appSamples);
        const baseline = median(baseSamples);
        // Touch input from CDP queues behind the page's own work in both pages alike, so the
        // gesture is held to the one-element page's time, not to a frame (issue 15, goal 4).
        const relative = trigger.event === 'touchstart';
        figures.push({
          name: `quick exit (${trigger.name}) → no tel: link, ${THROTTLE}× CPU`,
          unit: 'ms',
          value,
          samples: appSamples,
          baseline: { name: 'one-element page', value: baseline, samples: baseSamples },
          goal: relative ? { max: TOUCH_GOAL_RATIO, of: 'ratio' } : { max: GOAL_MS, of: 'value' },
          issueGoal: 4,
        });
        figures.push(handlersFigure(trigger, handling, 'one-element page', baseHandling));
        if (screenSamples.length === 0) continue;
        // No goal: it shows how much of the gap to one element is the screen itself.
        figures.push({
          name: `  the same, against the app's screen as a static page`,
          unit: 'ms',
          value,
          samples: appSamples,
          baseline: {
            name: 'same screen, static',
            value: median(screenSamples),
            samples: screenSamples,
          },
        });
        figures.push(handlersFigure(trigger, handling, 'same screen, static', screenHandling));
      }
    } finally {
      await profile.close();
      await appServer.close();
      await baselineServer.close();
    }
    return figures;
  },
};

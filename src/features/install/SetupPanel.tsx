/**
 * Set-up offered below the hotlines, never in front of them, and easy to
 * ignore: language, disguise, then adding the app to the home screen. Once a
 * disguise is chosen, that step adds the disguise: it sends the person to the
 * disguise's own page (its manifest) and offers the install there. Shows
 * nothing when the app already runs installed.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { disguisePage, installElsewhere, type DisguiseId } from '../../core/disguises';
import { getInstallMethod, type InstallMethod } from '../../core/install-method';
import { chosenDisguise, entryDisguise } from '../disguise/look';
import { isStandalone } from '../../app/display-mode';
import { t } from '../../app/i18n';
import { update } from '../../app/store';
import type { IosStepsProps } from './IosSteps';
import { canPromptInstall, promptInstall, subscribeInstall, wasInstalled } from './install-events';
import './install.css';

function readMethod(): InstallMethod {
  return getInstallMethod({
    standalone: isStandalone(),
    canPrompt: canPromptInstall(),
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints,
  });
}

/** Opens Settings and brings one of its sections into view. */
function openSettings(section: 'language' | 'disguise'): void {
  update({ screen: { name: 'settings' }, notice: null });
  // Settings renders after this event; each of its sections carries data-section="<name>".
  requestAnimationFrame(() => {
    document.querySelector(`[data-screen="settings"] [data-section="${section}"]`)?.scrollIntoView({
      block: 'start',
    });
  });
}

/** The optional set-up beside the hotlines. */
export function SetupPanel() {
  const [method, setMethod] = useState(readMethod);
  const [added, setAdded] = useState(wasInstalled);
  useEffect(() => {
    const refresh = () => {
      setMethod(readMethod());
      setAdded(wasInstalled());
    };
    const unsubscribe = subscribeInstall(refresh);
    // An offer that arrived between the first render and this subscription would be missed.
    refresh();
    return unsubscribe;
  }, []);
  if (method === 'installed') return null;
  const chosen = chosenDisguise();
  const elsewhere = installElsewhere(entryDisguise(), chosen);

  return (
    <aside class="setup" aria-labelledby="setup-title" data-setup="">
      <h2 id="setup-title">{t('install:title')}</h2>
      <p class="meta">{t('install:intro')}</p>
      <ol class="setup-steps">
        <li>
          <button
            type="button"
            class="secondary"
            data-action="setup-language"
            onClick={() => openSettings('language')}
          >
            {t('install:language')}
          </button>
        </li>
        <li>
          <p>
            {chosen
              ? t('install:chosen', { name: t(`disguise:${chosen}.title`) })
              : t('install:disguiseWhy')}
          </p>
          <button
            type="button"
            class="secondary"
            data-action="setup-disguise"
            onClick={() => openSettings('disguise')}
          >
            {t('install:disguise')}
          </button>
        </li>
        {added ? (
          <li data-install="added">{t('install:added')}</li>
        ) : elsewhere ? (
          <li>
            <GoToDisguise disguise={elsewhere} />
          </li>
        ) : (
          method !== 'none' && (
            <li>
              <InstallStep method={method} disguise={chosen} />
            </li>
          )
        )}
      </ol>
    </aside>
  );
}

/** The way to the disguise's own page, where its install is offered. */
function GoToDisguise({ disguise }: { disguise: DisguiseId }) {
  const name = t(`disguise:${disguise}.title`);
  return (
    <>
      <p>{t('install:goTo', { name })}</p>
      <button
        type="button"
        data-action="install-disguise"
        // replace, never push: Back must not lead back into the app.
        onClick={() => location.replace(disguisePage(disguise))}
      >
        {t('install:open', { name })}
      </button>
    </>
  );
}

function InstallStep({ method, disguise }: { method: InstallMethod; disguise: DisguiseId | null }) {
  switch (method) {
    case 'prompt':
      return (
        <button type="button" data-action="install" onClick={() => void promptInstall()}>
          {t('install:add')}
        </button>
      );
    case 'ios-share':
      return <LazyIosSteps disguise={disguise} />;
    case 'browser-menu':
      return <p data-install="menu">{t('install:menu')}</p>;
    default:
      return null;
  }
}

function LazyIosSteps({ disguise }: { disguise: DisguiseId | null }) {
  const [Steps, setSteps] = useState<ComponentType<IosStepsProps> | null>(null);
  useEffect(() => {
    let current = true;
    import('./IosSteps').then(
      (module) => current && setSteps(() => module.IosSteps),
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);
  return Steps ? <Steps disguise={disguise} /> : null;
}

/**
 * Safari's three taps to add the app to the home screen, each beside the icon
 * the person will see, and the name it will have. Loaded only on iPhone and iPad.
 */
import type { DisguiseId } from '../../core/disguises';
import { t } from '../../app/i18n';

/** The disguise being added, if any: the steps name it. */
export interface IosStepsProps {
  disguise: DisguiseId | null;
}

const iconProps = {
  class: 'ios-icon',
  viewBox: '0 0 24 24',
  width: 28,
  height: 28,
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 1.8,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
} as const;

function ShareIcon() {
  return (
    <svg {...iconProps}>
      <path d="M12 3v12" />
      <path d="M8 7l4-4 4 4" />
      <path d="M8 10H6a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-9a1 1 0 0 0-1-1h-2" />
    </svg>
  );
}

function AddIcon() {
  return (
    <svg {...iconProps}>
      <rect x="4" y="4" width="16" height="16" rx="3" />
      <path d="M12 8v8M8 12h8" />
    </svg>
  );
}

function ConfirmIcon() {
  return (
    <svg {...iconProps}>
      <path d="M5 12.5l4.5 4.5L19 7.5" />
    </svg>
  );
}

/** The illustrated steps for iOS Safari's Share → Add to Home Screen. */
export function IosSteps({ disguise }: IosStepsProps) {
  return (
    <div class="ios-steps" data-install="ios">
      <p>{t('install:ios.title')}</p>
      {disguise && (
        // The page's own title, which Safari proposes as the name: it is in English.
        <p data-install-name="">
          {t('install:ios.named', { name: t(`disguise:${disguise}.title`, { lng: 'en' }) })}
        </p>
      )}
      <ol>
        <li>
          <ShareIcon />
          <span>{t('install:ios.share')}</span>
        </li>
        <li>
          <AddIcon />
          <span>{t('install:ios.add')}</span>
        </li>
        <li>
          <ConfirmIcon />
          <span>{t('install:ios.confirm')}</span>
        </li>
      </ol>
    </div>
  );
}

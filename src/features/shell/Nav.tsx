/** The bottom navigation: few, big, labelled targets. Screens change in memory, never in history. */
import { t } from '../../app/i18n';
import { update, type Screen } from '../../app/store';

// The bar's own short words (`nav.<x>Short`): four must fit one row on a 320 px phone in every
// language, so a long word ("Налаштування") gets a shorter one written for the bar, not an ellipsis.
const items: Array<{ screen: Screen; key: string; action: string }> = [
  { screen: { name: 'hotlines' }, key: 'nav.hotlinesShort', action: 'hotlines' },
  { screen: { name: 'articles' }, key: 'nav.articlesShort', action: 'articles' },
  { screen: { name: 'scan' }, key: 'nav.scanShort', action: 'scan' },
  { screen: { name: 'settings' }, key: 'nav.settingsShort', action: 'settings' },
];

/** Renders the navigation, marking the current screen. */
export function Nav({ current }: { current: Screen['name'] }) {
  return (
    <nav class="app-nav" aria-label={t('nav.label')}>
      {items.map((item) => (
        <button
          type="button"
          key={item.action}
          class="nav-item"
          data-action={item.action}
          aria-current={current === item.screen.name ? 'page' : undefined}
          onClick={() => update({ screen: item.screen, notice: null })}
        >
          {t(item.key)}
        </button>
      ))}
    </nav>
  );
}

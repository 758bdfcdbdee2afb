/**
 * Entry path. The unlocked app: a header with the exit, one screen, the
 * navigation, the worker's notices. Only the hotlines screen is in the entry
 * bundle; the others load when first opened.
 */
import { QuickExitButton } from '../exit/QuickExitButton';
import { HotlinesScreen } from '../hotlines/HotlinesScreen';
import { t } from '../../app/i18n';
import { UpdateNotice } from '../update/UpdateNotice';
import { Nav } from './Nav';
import { NoticeBar } from './NoticeBar';
import { LazyAsk } from './lazy-ask';
import { lazyComponent } from '../../app/lazy-component';
import { useAppState, type AppState } from '../../app/store';

const loading = () => <p>{t('loading')}</p>;
const ArticlesScreen = lazyComponent(
  () => import('../articles/ArticlesScreen').then((module) => module.ArticlesScreen),
  { loading },
);
const RegionsScreen = lazyComponent(
  () => import('../regions/RegionsScreen').then((module) => module.RegionsScreen),
  { loading },
);
const ScanScreen = lazyComponent(
  () => import('../scan/ScanScreen').then((module) => module.ScanScreen),
  {
    loading,
  },
);
const SettingsScreen = lazyComponent(
  () => import('../settings/SettingsScreen').then((module) => module.SettingsScreen),
  { loading },
);

// Said only after the worker has installed, which is after the first paint anyway.
const OfflineReadyNotice = lazyComponent(() =>
  import('../update/OfflineReadyNotice').then((module) => module.OfflineReadyNotice),
);

const CardScreen = lazyComponent(() => import('../cards').then((module) => module.CardScreen), {
  loading,
});

function CurrentScreen({ state }: { state: AppState }) {
  switch (state.screen.name) {
    case 'articles':
    case 'article':
      return <ArticlesScreen />;
    case 'regions':
      return <RegionsScreen />;
    case 'scan':
      return <ScanScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'hotlines':
      return <HotlinesScreen region={state.region} />;
    case 'card':
      return <CardScreen id={state.screen.id} region={state.region} language={state.language} />;
    case 'ask':
      return <LazyAsk screen />;
  }
}

/** Renders the app frame around the current screen. */
export function App() {
  const state = useAppState();
  return (
    <div class="app" data-app="">
      <header class="app-header">
        {/* First in the DOM, so first to Tab and to a screen reader; CSS puts it at the end. */}
        <QuickExitButton />
        <span class="app-name">{t('appName')}</span>
      </header>
      <main id="main" class="app-main">
        <NoticeBar notice={state.notice} />
        <CurrentScreen state={state} />
        <OfflineReadyNotice />
        <UpdateNotice />
      </main>
      <Nav current={state.screen.name} />
    </div>
  );
}

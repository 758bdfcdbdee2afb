/** The unlocked app: a header with the exit, one screen, the navigation, the worker's notices. */
import { ArticlesScreen } from '../articles/ArticlesScreen';
import { QuickExitButton } from '../exit/QuickExitButton';
import { HotlinesScreen } from '../hotlines/HotlinesScreen';
import { t } from '../language/i18n';
import { RegionsScreen } from '../regions/RegionsScreen';
import { ScanScreen } from '../scan/ScanScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { UpdateNotice } from '../update/UpdateNotice';
import { Nav } from './Nav';
import { NoticeBar } from './NoticeBar';
import { useAppState, type AppState } from './store';

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
      </main>
      <Nav current={state.screen.name} />
      <UpdateNotice />
    </div>
  );
}

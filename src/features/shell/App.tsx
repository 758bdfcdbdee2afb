/** The unlocked app: a header with the exit, one screen, the worker's notices. */
import { QuickExitButton } from '../exit/QuickExitButton';
import { HotlinesScreen } from '../hotlines/HotlinesScreen';
import { t } from '../language/i18n';
import { UpdateNotice } from '../update/UpdateNotice';
import { useAppState, type AppState } from './store';

function CurrentScreen({ state }: { state: AppState }) {
  switch (state.screen.name) {
    case 'hotlines':
    default:
      return <HotlinesScreen region={state.region} />;
  }
}

/** Renders the app frame around the current screen. */
export function App() {
  const state = useAppState();
  return (
    <div class="app" data-app="">
      <header class="app-header">
        <span class="app-name">{t('appName')}</span>
        <QuickExitButton />
      </header>
      <main id="main" class="app-main">
        <CurrentScreen state={state} />
      </main>
      <UpdateNotice />
    </div>
  );
}

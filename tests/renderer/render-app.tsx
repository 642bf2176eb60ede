import { render } from '@testing-library/react';
import { AppRoot } from '../../renderer/AppRoot';
import { createI18n, type Language } from '../../renderer/i18n/i18n';
import type { FakeBridge } from './fake-bridge';

/** The whole app as main.tsx builds it, with the fake bridge and a fresh i18n instance. */
export function renderApp(bridge: FakeBridge, language: Language = 'fr') {
  return render(<AppRoot bridge={bridge} i18n={createI18n(language)} />);
}

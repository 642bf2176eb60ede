import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];
export const LANGUAGE_STORAGE_KEY = 'encaisse.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

/** The user's last choice, French otherwise (the app is made for French offices). */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : 'fr';
  } catch {
    return 'fr';
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be disabled; the switch still works for this session.
  }
}

/** The language an i18n instance currently shows, as one of ours. */
export function currentLanguage(instance: i18n): Language {
  return isLanguage(instance.language) ? instance.language : 'fr';
}

/**
 * A fresh instance rather than the global one, so each test (and each window) starts from a known language.
 * Resources are bundled: nothing is fetched, which an offline app could not do anyway.
 */
export function createI18n(language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
    returnNull: false,
  });
  instance.on('languageChanged', (lng) => {
    if (isLanguage(lng)) document.documentElement.lang = lng;
  });
  document.documentElement.lang = language;
  return instance;
}

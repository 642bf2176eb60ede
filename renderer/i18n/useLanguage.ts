import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, storeLanguage, type Language } from './i18n';

/** The UI language and a setter that remembers the choice for the next launch. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const setLanguage = useCallback(
    (language: Language) => {
      storeLanguage(language);
      void i18n.changeLanguage(language);
    },
    [i18n],
  );
  return [currentLanguage(i18n), setLanguage];
}

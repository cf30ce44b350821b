import { useEffect } from 'react';

/**
 * Marks `<html data-app-ready>` once the app has rendered or hydrated the page. Until then the
 * prerendered HTML is already readable and its links work; this says the app has taken over
 * (screen behaviour such as focus moves and saved progress), e.g. for end-to-end tests.
 */
export function AppReady() {
  useEffect(() => {
    document.documentElement.dataset['appReady'] = 'true';
  }, []);
  return null;
}

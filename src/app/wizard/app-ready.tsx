import { useEffect, useLayoutEffect } from 'react';

/**
 * Marks `<html data-app-ready>` once the app has rendered or hydrated the page. Until then the
 * prerendered HTML is already readable and its links work; this says the app has taken over
 * (screen behaviour such as focus moves and saved progress), e.g. for end-to-end tests.
 */
export function AppReady() {
  // React has put the page on screen and handles presses from now on (the boot script stops
  // remembering them): at once, before any input, where the ready mark below waits a task.
  useLayoutEffect(() => {
    document.documentElement.dataset['appLive'] = 'true';
  }, []);
  useEffect(() => {
    document.documentElement.dataset['appReady'] = 'true';
  }, []);
  return null;
}

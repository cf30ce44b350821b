import { useEffect, useState } from 'react';
import type { FrameSettings } from './frame-settings.ts';

/**
 * What the firm's snippet asked for (return address, ticket id), inside its frame only: the code
 * that reads it is a chunk only embed pages fetch, so a normal visit carries none of it. Empty
 * until it has loaded, and always empty when `embedded` is false.
 */
export function useFrameSettings(embedded: boolean): FrameSettings {
  const [settings, setSettings] = useState<FrameSettings>({});
  useEffect(() => {
    if (!embedded) return;
    let live = true;
    void import('./frame-settings.ts').then((m) => {
      if (live) setSettings(m.frameSettings(window.location.search, m.frameStorage()));
    });
    return () => {
      live = false;
    };
  }, [embedded]);
  return settings;
}

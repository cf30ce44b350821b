import { useFrameSettings } from '../../lib/embed/use-frame-settings.ts';
import { useMounted } from '../../ui/use-mounted.ts';

/**
 * "I'm done" at the end of a guide shown inside a firm's website: back to the page the firm's
 * snippet named (`data-return-url`), in the whole window. Only in a frame, and only for an
 * http(s) address (see lib/embed/settings.ts).
 */
export function DoneLink() {
  const mounted = useMounted();
  const { returnUrl } = useFrameSettings(mounted && window.parent !== window);
  if (!returnUrl) return null;
  return (
    <p className="done-link">
      <a className="button" href={returnUrl} target="_top">
        I&rsquo;m done
      </a>
    </p>
  );
}

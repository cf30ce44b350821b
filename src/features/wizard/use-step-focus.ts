import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { afterPaint } from '../../lib/after-paint.ts';
import { announce } from '../../ui/announcer.tsx';

/**
 * After moving to a step (not on a fresh page load), focus its heading and announce it, so
 * keyboard and screen reader users land where sighted users look. Both wait until the new step
 * has been painted: moving focus makes the browser lay the page out at once, which would hold
 * back showing the step. If the person has already moved focus themselves by then (an agent
 * pressing S for the summary the moment the step shows), it stays where they put it.
 */
export function useStepFocus(stepKey: string, announcement: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const first = useRef(location.key === 'default');
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const focusedAtStep = document.activeElement;
    return afterPaint(() => {
      const moved =
        document.activeElement !== focusedAtStep && document.activeElement !== document.body;
      if (!moved) heading.current?.focus();
      announce(announcement);
    });
  }, [stepKey, announcement]);
  return heading;
}

import { useLocation, useNavigate } from 'react-router';
import { MODE_PARAM } from '../../app/paths.ts';
import { useMode } from '../../app/use-mode.ts';
import './mode-toggle.css';

/**
 * "Agent mode: on/off", a real toggle button (aria-pressed) that adds or removes `?mode=agent`
 * on the current URL. Small on purpose: it ships to every visitor, the rest of agent mode is lazy.
 */
export function ModeToggle() {
  const location = useLocation();
  const navigate = useNavigate();
  // Off while prerendered HTML hydrates (it has no query), then as the URL says.
  const on = useMode() === 'agent';
  const toggle = () => {
    const params = new URLSearchParams(location.search);
    if (on) params.delete(MODE_PARAM);
    else params.set(MODE_PARAM, 'agent');
    const search = params.toString();
    navigate({
      pathname: location.pathname,
      search: search ? `?${search}` : '',
      hash: location.hash,
    });
  };
  return (
    <button
      type="button"
      className={on ? 'mode-toggle button button--secondary' : 'mode-toggle mode-toggle--off'}
      aria-pressed={on}
      onClick={toggle}
    >
      Agent mode<span aria-hidden="true">: {on ? 'on' : 'off'}</span>
    </button>
  );
}

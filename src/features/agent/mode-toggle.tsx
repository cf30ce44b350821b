import { useLocation, useNavigate } from 'react-router';
import { MODE_PARAM } from '../../app/paths.ts';
import './mode-toggle.css';

/**
 * "Agent mode: on/off", a real toggle button (aria-pressed) that adds or removes `?mode=agent`
 * on the current URL. Small on purpose: it ships to every visitor, the rest of agent mode is lazy.
 */
export function ModeToggle() {
  const location = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(location.search);
  const on = params.get(MODE_PARAM) === 'agent';
  const toggle = () => {
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
      className="mode-toggle button button--secondary"
      aria-pressed={on}
      onClick={toggle}
    >
      Agent mode<span aria-hidden="true">: {on ? 'on' : 'off'}</span>
    </button>
  );
}

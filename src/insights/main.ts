/**
 * The script of the server's /insights page: asks for the token (kept in this tab's
 * sessionStorage only), lists the guided errors, and shows one error's figures as tables, with
 * a CSV download of the same figures. Vanilla TypeScript: no inline script or style.
 */
import './insights.css';
import { fetchCsv, fetchIndex, fetchReport, type ApiResult, type Range } from './insights-api.ts';
import { renderTable } from './render-tables.ts';
import { reportTables } from './report-tables.ts';
import { showTrafficMap } from './traffic-map.tsx';
import type { InsightsIndex } from './report-schema.ts';

const TOKEN_KEY = 'fixpath-insights-token';

const walks = (n: number): string => (n === 1 ? '1 walk' : `${n} walks`);

const root = document.getElementById('insights');
const form = document.getElementById('token-form');
const input = document.getElementById('token');
const status = document.getElementById('status');
const figures = document.getElementById('figures');

function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function keepToken(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage refused (private mode): the token lives until the page closes.
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Pick<HTMLElement, 'id' | 'className' | 'textContent'>> = {},
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  Object.assign(el, props);
  return el;
}

if (
  root &&
  form instanceof HTMLFormElement &&
  input instanceof HTMLInputElement &&
  status &&
  figures
) {
  const api = root.dataset.api ?? '/api/';
  let token = readToken();
  const say = (text: string): void => {
    status.textContent = text;
  };

  const signOut = (text: string): void => {
    token = null;
    keepToken(null);
    figures.replaceChildren();
    form.hidden = false;
    say(text);
    input.focus();
  };

  const handle = <T>(result: ApiResult<T>): T | undefined => {
    if (result.kind === 'ok') return result.value;
    if (result.kind === 'unauthorised')
      signOut('That token was not accepted. Check it and try again.');
    else say(result.message);
    return undefined;
  };

  const showControls = (index: InsightsIndex): void => {
    const controls = element('form', { className: 'card insights__controls' });
    const pick = element('select', { id: 'error' });
    for (const e of index.errors) {
      const option = element('option', {
        textContent: `${e.code} · ${e.title} (${walks(e.walks)})`,
      });
      option.value = e.slug;
      pick.append(option);
    }
    const date = (id: string, text: string): [HTMLLabelElement, HTMLInputElement] => {
      const label = element('label', { textContent: text });
      label.htmlFor = id;
      const field = element('input', { id });
      field.type = 'date';
      return [label, field];
    };
    const errorLabel = element('label', { textContent: 'Error' });
    errorLabel.htmlFor = 'error';
    const [fromLabel, from] = date('from', 'From (UTC)');
    const [toLabel, to] = date('to', 'To (UTC, included)');
    const show = element('button', { textContent: 'Show the figures' });
    show.type = 'submit';
    const csv = element('button', { textContent: 'Download CSV', className: 'secondary' });
    csv.type = 'button';
    const forget = element('button', { textContent: 'Forget the token', className: 'secondary' });
    forget.type = 'button';
    const map = element('div', { id: 'traffic-map' });
    const table = element('div', { id: 'tables' });
    const range = (): Range => ({ from: from.value, to: to.value });

    const load = async (): Promise<void> => {
      if (!token || !pick.value) return;
      say('Loading…');
      const report = handle(await fetchReport(api, token, pick.value, range()));
      if (!report) return;
      table.replaceChildren(...reportTables(report).map((model) => renderTable(document, model)));
      void showTrafficMap(map, report);
      say(`Figures for ${report.error.code}: ${walks(report.totals.walks)}.`);
    };
    controls.addEventListener('submit', (event) => {
      event.preventDefault();
      void load();
    });
    csv.addEventListener('click', async () => {
      if (!token || !pick.value) return;
      const file = handle(await fetchCsv(api, token, pick.value, range()));
      if (!file) return;
      const link = element('a');
      link.href = URL.createObjectURL(file.blob);
      link.download = file.name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      say(`Saved ${file.name}.`);
    });
    forget.addEventListener('click', () => signOut('The token is forgotten in this tab.'));
    const field = (label: HTMLElement, control: HTMLElement): HTMLElement => {
      const wrap = element('p', { className: 'insights__field' });
      wrap.append(label, control);
      return wrap;
    };
    const buttons = element('p', { className: 'insights__buttons' });
    buttons.append(show, csv, forget);
    controls.append(field(errorLabel, pick), field(fromLabel, from), field(toLabel, to), buttons);
    figures.replaceChildren(controls, map, table);
    void load();
  };

  const start = async (): Promise<void> => {
    if (!token) return;
    form.hidden = true;
    say('Loading…');
    const index = handle(await fetchIndex(api, token));
    if (index) showControls(index);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    token = input.value.trim();
    input.value = '';
    keepToken(token);
    void start();
  });
  void start();
}

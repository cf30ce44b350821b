import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorContent } from '../../content/runtime/app-content.ts';
import { ChecklistPage } from './checklist-page.tsx';
import { distinctProcedures } from './procedures.tsx';

describe('the checklist’s procedures', () => {
  it('keeps one of each procedure that reads the same, whatever it leads to', () => {
    const nodes = [
      { id: 'a', title: 'Sign in again', fixed: 'x', notFixed: 'y' },
      { id: 'a-copy', title: 'Sign in again', fixed: 'x', notFixed: 'z' },
      { id: 'b', title: 'Clear the SSL state', fixed: 'x', notFixed: 'y' },
    ];
    expect(distinctProcedures(nodes).map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('lists each of 202’s fixes and waits once, though its tree copies them for the year', async () => {
    const loaded = await errorContent.load('202');
    const entry = loaded.status === 'ready' ? loaded.value : undefined;
    if (entry?.kind !== 'guided') throw new Error('no guided 202');
    expect(entry.tree.nodes.filter((n) => n.id.startsWith('update-sign-in')).length).toBe(4);
    render(<ChecklistPage entry={entry} options={{}} address="https://help.example/x" />);
    const fixes = within(screen.getByRole('region', { name: 'Every fix, as a checklist' }));
    const titles = fixes.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toContain('Sign in to QuickBooks with your current Intuit details');
    expect(new Set(titles).size).toBe(titles.length);
    const waits = screen
      .getAllByRole('heading', { level: 3 })
      .filter((h) => /try again in 30 to 60 minutes/.test(h.textContent));
    expect(waits).toHaveLength(1);
  });
});

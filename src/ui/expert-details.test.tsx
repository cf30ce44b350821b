import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExpertDetails } from './expert-details.tsx';

const expert = {
  when: ['After two days.'],
  professionalWill: ['Read the logs.'],
  costs: [{ label: 'Consultation', minDollars: 100, maxDollars: 250, covers: 'A first look.' }],
  costNote: 'Ask for a quote.',
};

describe('ExpertDetails', () => {
  it('lists sourced costs and the note about them', () => {
    render(<ExpertDetails expert={expert} />);
    expect(screen.getByRole('heading', { name: 'What it may cost' })).toBeInTheDocument();
    expect(screen.getByText('$100–$250')).toBeInTheDocument();
    expect(screen.getByText('Ask for a quote.')).toBeInTheDocument();
  });

  it('with no sourced price, shows the cost note alone', () => {
    render(<ExpertDetails expert={{ ...expert, costs: [] }} />);
    expect(screen.getByRole('heading', { name: 'What it may cost' })).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('Ask for a quote.')).toBeInTheDocument();
  });

  it('with neither costs nor a note, says nothing about cost', () => {
    const { costNote: _note, ...withoutNote } = expert;
    render(<ExpertDetails expert={{ ...withoutNote, costs: [] }} />);
    expect(screen.queryByRole('heading', { name: 'What it may cost' })).toBeNull();
  });
});

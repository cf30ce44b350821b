import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRIVACY_SUMMARY, PrivacyPage } from './privacy-page.tsx';

describe('PrivacyPage', () => {
  it('says what is counted, what is never stored, and that GPC and DNT turn it off', () => {
    render(<PrivacyPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Privacy' })).toBeInTheDocument();
    for (const name of [
      'What is counted',
      'What is never stored',
      'If you would rather send nothing',
      'What stays in your browser',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByText(/your IP address/)).toBeInTheDocument();
    expect(screen.getByText(/Global Privacy Control or Do Not Track/)).toBeInTheDocument();
    expect(PRIVACY_SUMMARY.length).toBeLessThan(100);
  });
});

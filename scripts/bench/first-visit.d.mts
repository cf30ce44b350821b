import type { Browser } from '@playwright/test';

export interface FirstVisitFile {
  readonly url: string;
  readonly kind: 'html' | 'js' | 'css' | 'other';
  readonly bytes: number;
}

export interface FirstVisit {
  readonly html: number;
  readonly js: number;
  readonly css: number;
  readonly other: number;
  readonly files: readonly FirstVisitFile[];
}

/** Every response of one page load in a fresh browser context, summed by kind (bytes as sent). */
export function measureFirstVisit(browser: Browser, url: string): Promise<FirstVisit>;

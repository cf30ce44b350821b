import { z } from 'zod';

/** `#1d70b8`: the one way colours are written in content. */
export const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written as # and six hex digits, like #1d70b8');

const channels = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The colour mixed towards black by `amount` (0 to 1): for hover and pressed shades. */
export function darken(hex: string, amount: number): string {
  return `#${channels(hex)
    .map((c) =>
      Math.round(c * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Text needs 4.5:1 against what it sits on (WCAG 2.2, 1.4.3). */
export const MIN_CONTRAST = 4.5;

/** The lowest contrast of a colour against any of `backgrounds`, to one decimal place. */
export const lowestContrast = (colour: string, backgrounds: readonly string[]): number =>
  Math.floor(Math.min(...backgrounds.map((bg) => contrast(colour, bg))) * 10) / 10;

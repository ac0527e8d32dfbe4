/**
 * The palette in src/styles/global.css, light and dark: every pair of colours the site sets text
 * or a meaningful graphic in meets WCAG 2.1 AA (4.5:1 for text, 3:1 for graphics and focus).
 * axe checks the pages it is shown; this checks each pair, including states axe may not see.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

function customProperties(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = customProperties(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...customProperties(css.slice(darkStart, css.indexOf('}\n}', darkStart))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** [foreground, background] custom-property pairs the stylesheet uses for text. */
const textPairs = [
  ['text', 'bg'], ['text', 'surface'], ['muted', 'bg'], ['muted', 'surface'], ['link', 'bg'], ['link', 'surface'],
  ['accent-text', 'accent'], ['bridge', 'bg'], ['bridge', 'bridge-bg'], ['link', 'bridge-bg'], ['muted', 'bridge-bg'], ['text', 'bridge-bg'],
  ['alert', 'alert-bg'], ['alert', 'surface'], ['warn', 'warn-bg'], ['text', 'warn-bg'],
] as const;
/** Graphics and indicators: the bridge mark's banks on the header, the focus ring. */
const graphicPairs = [['mark-se', 'accent'], ['mark-no', 'accent'], ['accent-text', 'accent'], ['focus', 'bg'], ['focus', 'surface']] as const;

describe('palette contrast (WCAG 2.1 AA)', () => {
  it('reads every custom property it checks, in both schemes', () => {
    for (const name of [...textPairs, ...graphicPairs].flat()) {
      expect(light[name], `light --${name}`).toMatch(/^#/);
      expect(dark[name], `dark --${name}`).toMatch(/^#/);
    }
    expect(dark.bg).not.toBe(light.bg);
  });

  it('measures contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [scheme, colours] of [['light', light], ['dark', dark]] as const) {
    it(`${scheme}: text pairs reach 4.5:1, graphics 3:1`, () => {
      const failing = [
        ...textPairs.map(([fg, bg]) => ({ fg, bg, min: 4.5 })),
        ...graphicPairs.map(([fg, bg]) => ({ fg, bg, min: 3 })),
      ]
        .map(({ fg, bg, min }) => ({ pair: `--${fg} on --${bg}`, ratio: contrast(colours[fg]!, colours[bg]!), min }))
        .filter((p) => p.ratio < p.min)
        .map((p) => `${p.pair}: ${p.ratio.toFixed(2)} < ${p.min}`);
      expect(failing).toEqual([]);
    });
  }
});

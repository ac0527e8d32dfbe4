/**
 * Draws the default social-card images (`public/cards/{lang}.png`, 1200×630) in Chromium.
 * Run once after changing the tagline or the palette: `node_modules/.bin/node scripts/social-cards.ts`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { t } from '../src/lib/i18n/index.ts';
import { uiLangs } from '../src/lib/taxonomy.ts';

const outDir = resolve(import.meta.dirname, '../public/cards');
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function cardHtml(title: string, tagline: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 1200px; height: 630px; }
    body { background: #1d4e89; color: #fff; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif;
      display: flex; flex-direction: column; justify-content: center; padding: 0 96px; box-sizing: border-box; }
    h1 { font-size: 132px; margin: 0 0 24px; letter-spacing: -2px; }
    p { font-size: 46px; margin: 0; max-width: 960px; line-height: 1.25; color: #fff1dc; }
    svg { position: absolute; left: 0; right: 0; bottom: 0; }
  </style></head><body>
    <h1>${escape(title)}</h1><p>${escape(tagline)}</p>
    <svg width="1200" height="150" viewBox="0 0 1200 150" aria-hidden="true">
      <path d="M0 150 Q600 10 1200 150" fill="none" stroke="#fff1dc" stroke-width="14"/>
      <path d="M0 150 H1200" stroke="#fff1dc" stroke-width="14"/>
    </svg>
  </body></html>`;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
    for (const lang of uiLangs) {
      const m = t(lang);
      await page.setContent(cardHtml(m.siteName, m.tagline));
      await page.screenshot({ path: resolve(outDir, `${lang}.png`), type: 'png' });
      console.log(`wrote public/cards/${lang}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();

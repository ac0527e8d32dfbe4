/** The submit form in Chromium, as the submit tests drive it: open it, read a field's error, validate what it made. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content.ts';
import type { UiLang } from '../../src/lib/taxonomy.ts';
import { axeViolations, describeViolations } from './axe.ts';
import { repoRoot } from './builds.ts';

export interface OpenForm {
  context: BrowserContext;
  page: Page;
  /** Script errors and console errors the page reported. */
  errors: string[];
}

/** Opens `/{lang}/submit/` in a fresh context that accepts downloads, once the form is on screen. */
export async function openSubmitForm(
  browser: Browser,
  siteUrl: string,
  lang: UiLang,
  options: { colorScheme?: 'light' | 'dark'; clipboard?: boolean; idle?: boolean } = {},
): Promise<OpenForm> {
  const context = await browser.newContext({ acceptDownloads: true, colorScheme: options.colorScheme ?? 'light' });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${siteUrl}/${lang}/submit/`);
  await page.waitForSelector('#submit-title');
  // Wait for the checker too, when a test asks what the page has loaded.
  if (options.idle) await page.waitForLoadState('networkidle');
  return { context, page, errors };
}

/** Presses the form's "create" button. */
export const createEntry = (page: Page) => page.locator('.submit-form__create').click();

/** The error shown next to a field, checked to be tied to it for screen readers; null when it has none. */
export async function fieldError(page: Page, id: string): Promise<string | null> {
  const control = page.locator(`#${id}`);
  if ((await control.getAttribute('aria-invalid')) !== 'true') return null;
  expect(((await control.getAttribute('aria-describedby')) ?? '').split(' ')).toContain(`${id}-error`);
  return (await page.locator(`#${id}-error`).textContent())!.trim();
}

/** axe finds nothing on the page, the page reported no error; then the context closes. */
export async function expectCleanAndClose({ context, page, errors }: OpenForm): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}

/**
 * The validator on a content root in `folder` holding these files (path → text or bytes) and copies
 * of the repository's files at `copies`.
 */
export function validateContentFiles(folder: string, files: Record<string, string | Uint8Array>, copies: readonly string[] = []) {
  for (const path of copies) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    copyFileSync(join(repoRoot, path), join(folder, path));
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return loadContent(folder);
}

/** A preview server and a Chromium shared by the tests of one file: started before them, stopped after. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, startPreview, type PreviewServer } from './browser.ts';
import type { TestBuild } from './builds.ts';

export interface BrowserSession {
  server: PreviewServer;
  browser: Browser;
}

export function browserSession(build: TestBuild): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    [session.server, session.browser] = await Promise.all([startPreview(build), launchBrowser()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}

import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

// Debian's Chromium: playwright-core never downloads a browser of its own.
export const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const timeoutMs = 60_000;

export const hasChromium = existsSync(chromiumPath);
if (!hasChromium) console.log(`SKIPPED browser journeys: ${chromiumPath} is missing (apt-get install -y chromium).`);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export function screenshotPath(name: string): string {
  return new URL(`./__screenshots__/${name}.png`, import.meta.url).pathname;
}

/**
 * Collects what goes wrong in the page even when it still looks fine: uncaught exceptions, CSP violations and other
 * console errors. Chromium also logs every non-2xx answer as a console error ("Failed to load resource: the server
 * responded with a status of 401"); the statuses a journey expects (the `/me` probe before signing in answers 401)
 * are left out, any other still counts.
 */
export function watchPageProblems(page: Page, expectedStatuses: readonly number[] = [401]): string[] {
  const problems: string[] = [];
  const expected = new RegExp(
    `^Failed to load resource: the server responded with a status of (${expectedStatuses.join('|')})\\b`,
  );
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (expectedStatuses.length > 0 && expected.test(message.text())) return;
    problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/** Fills the login form and submits it; the caller waits for what should follow. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Opens the user menu and signs out. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.waitForURL((url) => url.pathname === '/login');
}

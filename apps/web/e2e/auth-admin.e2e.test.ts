import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2eServer } from '../../api/src/test/e2e-server.js';
import {
  hasChromium,
  launchBrowser,
  screenshotPath,
  signOut,
  submitLogin,
  timeoutMs,
  watchPageProblems,
} from './support.js';

const firstPassword = 'Sementara-Rehsos-2026';
const newPassword = 'Rehabilitasi-Sosial-Bambu-Apus';

/** Creates a pendamping at the first institution the picker offers, through the "Add user" form. */
async function createPendamping(page: Page, username: string, displayName: string): Promise<void> {
  await page.getByTestId('user-create').click();
  const form = page.getByTestId('create-user-form');
  await form.waitFor();
  await page.getByTestId('user-username').fill(username);
  await page.getByTestId('user-display-name').fill(displayName);
  await page.getByTestId('user-role').click();
  await page.getByRole('option', { name: 'Pendamping / pekerja sosial' }).click();
  // The institution is asked for only now, for a role that works at one.
  await page.getByTestId('user-institution').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('user-password').fill(firstPassword);
  await page.getByTestId('create-user-submit').click();
  await page.getByTestId('users-notice').filter({ hasText: username }).waitFor();
  await form.waitFor({ state: 'detached' });
  // The modal fades out: wait for it, so that screenshots and clicks see the page below.
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

function userRow(page: Page, username: string) {
  return page.locator(`[data-testid="user-row"][data-username="${username}"]`);
}

describe.skipIf(!hasChromium)('signing in, managing users and reading the audit log', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>> | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageProblems: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  }, timeoutMs);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, timeoutMs);

  async function openPage(expectedStatuses: number[]): Promise<Page> {
    if (!browser) throw new Error('the browser did not start');
    // A fresh context per journey: no cookie of the previous one.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const opened = await context.newPage();
    opened.setDefaultTimeout(15_000);
    pageProblems = watchPageProblems(opened, expectedStatuses);
    return opened;
  }

  test(
    'an admin signs in, creates and disables a pendamping, finds it in the audit log and signs out',
    async () => {
      if (!server) throw new Error('the e2e server did not start');
      const demoPassword = server.demoPassword;
      page = await openPage([401]);

      // Given the login page, reached by opening the app without a session
      await page.goto(`${server.baseUrl}/admin/users`);
      await page.getByRole('heading', { level: 1, name: 'Masuk ke Atensi' }).waitFor();
      expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/users');

      // When the admin mistypes the password, then the server's message is shown and she stays there
      await submitLogin(page, 'admin', 'not-the-password');
      await page.getByTestId('login-error').waitFor();
      expect((await page.getByTestId('login-error').textContent())?.trim()).not.toBe('');
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.screenshot({ path: screenshotPath('login-error'), fullPage: true });

      // When she signs in, then she lands on the page she asked for, with the admin's menu
      await page.getByTestId('login-password').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
      await page.getByTestId('nav-audit').waitFor();
      await userRow(page, 'admin').waitFor();

      // When she creates a pendamping at an institution
      await createPendamping(page, 'pendamping.e2e', 'Pendamping Uji E2E');

      // Then the new user is in the list, active, and must change the first password
      await page.getByTestId('user-search').fill('pendamping.e2e');
      const row = userRow(page, 'pendamping.e2e');
      await row.waitFor();
      expect(await row.getByTestId('user-status').textContent()).toBe('Aktif');
      await page.screenshot({ path: screenshotPath('users'), fullPage: true });

      // When she disables the user, after confirming
      await row.getByTestId('user-actions').click();
      await page.getByTestId('user-action-disable').click();
      await page.getByTestId('confirm-button').click();

      // Then the row shows the user as disabled
      await page.getByTestId('users-notice').filter({ hasText: 'dinonaktifkan' }).waitFor();
      await row.getByTestId('user-status').filter({ hasText: 'Nonaktif' }).waitFor();

      // When she opens the audit log, then the creation is there
      await page.getByTestId('nav-audit').click();
      await page.getByRole('heading', { level: 1, name: 'Log audit' }).waitFor();
      await page.locator('[data-testid="audit-row"][data-action="user.create"]').first().waitFor();
      await page.locator('[data-testid="audit-row"][data-action="user.disable"]').first().waitFor();

      // When she filters on the action, then only creations remain and the export link carries the filter
      await page.getByTestId('audit-filter-action').fill('user.create');
      await page.getByTestId('audit-apply').click();
      await page.waitForURL((url) => url.searchParams.get('action') === 'user.create');
      await page
        .locator('[data-testid="audit-row"][data-action="user.disable"]')
        .first()
        .waitFor({ state: 'detached' });
      const actions = await page.getByTestId('audit-action').allTextContents();
      expect(new Set(actions)).toEqual(new Set(['user.create']));
      expect(await page.getByTestId('audit-export').getAttribute('href')).toBe(
        '/api/v1/audit-events/export?action=user.create',
      );
      await page.screenshot({ path: screenshotPath('audit'), fullPage: true });

      // When she signs out, then she is back at the login page
      await signOut(page);
      await page.getByRole('heading', { level: 1, name: 'Masuk ke Atensi' }).waitFor();

      expect(pageProblems).toEqual([]);
      await page.context().close();
    },
    timeoutMs,
  );

  test(
    'a new user signs in with the first password, is sent to change it, and then reaches the app',
    async () => {
      if (!server) throw new Error('the e2e server did not start');
      const demoPassword = server.demoPassword;
      page = await openPage([401]);

      // Given a pendamping created by the admin with a first password
      await page.goto(`${server.baseUrl}/login`);
      await submitLogin(page, 'admin', demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Wilayah' }).waitFor();
      await page.getByTestId('nav-users').click();
      await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
      await createPendamping(page, 'pendamping.baru', 'Pendamping Baru');
      await signOut(page);

      // When the new user signs in with it
      await submitLogin(page, 'pendamping.baru', firstPassword);

      // Then she is sent to her account, told why, and the rest of the app waits
      await page.getByRole('heading', { level: 1, name: 'Akun saya' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/account');
      await page.getByTestId('pending-change_password').waitFor();
      // (A fresh load, not a click: after a click the account heading is still on screen while the guard redirects.)
      await page.goto(`${server.baseUrl}/regions`);
      await page.getByRole('heading', { level: 1, name: 'Akun saya' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/account');
      await page.screenshot({ path: screenshotPath('account-pending'), fullPage: true });

      // When she tries a new password that is too short, then the form says so without asking the server
      await page.getByTestId('current-password').fill(firstPassword);
      await page.getByTestId('new-password').fill('pendek');
      await page.getByTestId('confirm-password').fill('pendek');
      await page.getByTestId('change-password-submit').click();
      await page.getByText('Kata sandi minimal 10 karakter.').waitFor();

      // When she changes it properly
      await page.getByTestId('new-password').fill(newPassword);
      await page.getByTestId('confirm-password').fill(newPassword);
      await page.getByTestId('change-password-submit').click();

      // Then nothing is pending any more and the app opens
      await page.getByTestId('password-changed').waitFor();
      await page.getByTestId('pending-actions').waitFor({ state: 'detached' });
      await page.getByTestId('nav-regions').click();
      await page.getByRole('heading', { level: 1, name: 'Wilayah' }).waitFor();
      await page.getByTestId('region-row').first().waitFor();

      // And the user menu shows who she is, and she has no admin pages
      await page.getByTestId('user-menu').click();
      await page.getByTestId('user-menu-role').filter({ hasText: 'Pendamping / pekerja sosial' }).waitFor();
      await page.keyboard.press('Escape');
      expect(await page.getByTestId('nav-users').count()).toBe(0);
      expect(await page.getByTestId('nav-audit').count()).toBe(0);

      // And the new password is the one that works from now on
      await signOut(page);
      await submitLogin(page, 'pendamping.baru', newPassword);
      await page.getByRole('heading', { level: 1, name: 'Daftar kerja' }).waitFor();

      expect(pageProblems).toEqual([]);
      await page.context().close();
    },
    timeoutMs,
  );
});

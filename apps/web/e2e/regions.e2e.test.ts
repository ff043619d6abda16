import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2eServer } from '../../api/src/test/e2e-server.js';
import { hasChromium, launchBrowser, screenshotPath, submitLogin, timeoutMs, watchPageProblems } from './support.js';

// The Kemendagri dataset spells the province out in full; accept the common short form too.
const jakartaProvince = /(DKI|Daerah Khusus Ibukota) Jakarta/;

describe.skipIf(!hasChromium)('the regions browser', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>> | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageProblems: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    pageProblems = watchPageProblems(page);
  }, timeoutMs);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, timeoutMs);

  test(
    'a worker finds a village by name, sees where it lies, and switches to English',
    async () => {
      if (!server) throw new Error('the e2e server did not start');

      // Given the app opened at its root, in the default language, by a worker who signs in
      await page.goto(server.baseUrl);
      await page.getByRole('heading', { level: 1, name: 'Masuk ke Atensi' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      await submitLogin(page, 'pendamping', server.demoPassword);
      // (A case worker's home is the work list.)
      await page.getByRole('heading', { level: 1, name: 'Daftar kerja' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      await page.getByTestId('nav-regions').click();
      await page.getByRole('heading', { level: 1, name: 'Wilayah' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/regions');
      await page.getByTestId('region-row').first().waitFor();

      // When she searches a village by name
      await page.getByRole('searchbox', { name: 'Cari wilayah' }).fill('Bambu Apus');

      // Then the village in Jakarta appears with its location (another Bambu Apus lies in Banten)
      const jakartaRow = page
        .getByTestId('region-row')
        .filter({ has: page.getByRole('link', { name: 'Bambu Apus', exact: true }) })
        .filter({ hasText: jakartaProvince });
      await jakartaRow.first().waitFor();
      expect(await jakartaRow.first().getByTestId('region-path').textContent()).toMatch(jakartaProvince);
      await page.screenshot({ path: screenshotPath('regions-search'), fullPage: true });

      // When she opens it
      await jakartaRow.first().getByRole('link', { name: 'Bambu Apus', exact: true }).click();

      // Then she sees its ancestors, down from the province, and that nothing lies below a village
      await page.getByRole('heading', { level: 1, name: 'Bambu Apus' }).waitFor();
      const breadcrumb = page.getByTestId('region-breadcrumb');
      expect(await breadcrumb.textContent()).toMatch(jakartaProvince);
      await page.getByTestId('region-lowest-level').waitFor();
      await page.screenshot({ path: screenshotPath('region-village'), fullPage: true });

      // When she follows the province in the breadcrumb
      await breadcrumb.getByRole('link', { name: jakartaProvince }).click();

      // Then the province lists the regions below it
      await page.getByRole('heading', { level: 1, name: jakartaProvince }).waitFor();
      await page.getByTestId('region-row').first().waitFor();

      // When she switches to English and goes back to the list
      await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
      await page.getByTestId('region-breadcrumb').getByRole('link', { name: 'Regions', exact: true }).click();

      // Then the page speaks English, and still does after a reload
      await page.getByRole('heading', { level: 1, name: 'Regions' }).waitFor();
      await page.getByRole('searchbox', { name: 'Search regions' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Regions' }).waitFor();
      await page.screenshot({ path: screenshotPath('regions-en'), fullPage: true });

      expect(pageProblems).toEqual([]);
    },
    timeoutMs,
  );
});

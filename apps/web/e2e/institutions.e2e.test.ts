import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2eServer } from '../../api/src/test/e2e-server.js';
import { hasChromium, launchBrowser, screenshotPath, submitLogin, timeoutMs, watchPageProblems } from './support.js';

/** A day `years` from today, `YYYY-MM-DD`: far enough for a certificate to count as active, not expiring. */
function yearsFromNow(years: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

/** Picks an option of a Mantine select by its visible name. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Waits until every modal has faded out, so screenshots and clicks see the page below. */
async function waitForNoDialog(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

describe.skipIf(!hasChromium)('the institution registry, its workforce and alerts', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>> | undefined;
  let browser: Browser | undefined;
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
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const opened = await context.newPage();
    opened.setDefaultTimeout(15_000);
    pageProblems = watchPageProblems(opened, expectedStatuses);
    return opened;
  }

  test(
    'the Directorate renews an expired IPWL, registers a certified social worker, sees alerts and exports the directory',
    async () => {
      if (!server) throw new Error('the e2e server did not start');
      // 401: the session probe before signing in; 422: the unknown region code refused on purpose.
      const page = await openPage([401, 422]);

      // Given the Directorate signed in
      await page.goto(`${server.baseUrl}/login`);
      await submitLogin(page, 'direktorat', server.demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Wilayah' }).waitFor();

      // When she opens the directory and filters on expired certification
      await page.getByTestId('nav-institutions').click();
      await page.getByRole('heading', { level: 1, name: 'Lembaga' }).waitFor();
      await page.getByTestId('institution-row').first().waitFor();
      await choose(page, 'institution-filter-status', 'Kedaluwarsa');
      await page.waitForURL((url) => url.searchParams.get('certificationStatus') === 'expired');

      // Then only expired institutions are listed, and the export links carry the filter
      const expiredRow = page.locator('[data-testid="institution-row"][data-code^="IPWL-"]').first();
      await expiredRow.waitFor();
      await expect
        .poll(
          async () =>
            new Set(
              await page
                .getByTestId('institution-row')
                .getByTestId('certification-status')
                .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-status'))),
            ),
        )
        .toEqual(new Set(['expired']));
      const csvHref = await page.getByTestId('institutions-export-csv').getAttribute('href');
      expect(csvHref).toBe('/api/v1/institutions/export?certificationStatus=expired&format=csv');
      await page.screenshot({ path: screenshotPath('institutions-expired'), fullPage: true });

      // And the CSV export answers
      const csv = await page.request.get(`${server.baseUrl}${csvHref}`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');

      // When she opens an expired IPWL, then it may not admit cases
      const code = await expiredRow.getAttribute('data-code');
      await expiredRow.getByTestId('institution-link').click();
      await page.getByTestId('admission-blocked').waitFor();
      expect(await page.getByTestId('institution-code-shown').textContent()).toBe(code);
      expect(await page.getByTestId('certification-status').getAttribute('data-status')).toBe('expired');

      // When she records a new accreditation
      await page.getByTestId('tab-certification').click();
      await page.getByTestId('accreditation-add').click();
      await choose(page, 'accreditation-grade', 'A');
      await page.getByTestId('accreditation-issuer').fill('Badan Akreditasi Lembaga Kesejahteraan Sosial');
      await page.getByTestId('accreditation-number').fill('BALKS/E2E/2026');
      await page.getByTestId('accreditation-valid-until').fill(yearsFromNow(3));
      await page.getByTestId('certification-submit').click();

      // Then the certification is active and the institution may admit cases again
      await page.getByTestId('certification-notice').waitFor();
      await waitForNoDialog(page);
      await page.locator('[data-testid="certification-status"][data-status="active"]').waitFor();
      await page.getByTestId('admission-blocked').waitFor({ state: 'detached' });
      await page.getByTestId('accreditation-row').filter({ hasText: 'BALKS/E2E/2026' }).waitFor();
      await page.screenshot({ path: screenshotPath('institution-certification'), fullPage: true });

      // When she adds a social worker to its staff
      await page.getByTestId('tab-staff').click();
      await page.getByTestId('institution-staff-add').click();
      await page.getByTestId('staff-form').waitFor();
      await page.getByTestId('staff-full-name').fill('Siti Rahmawati Uji E2E');
      await choose(page, 'staff-role', 'Pekerja sosial');
      await page.getByTestId('staff-submit').click();

      // Then her page opens, without a certificate yet
      await page.getByRole('heading', { level: 1, name: 'Siti Rahmawati Uji E2E' }).waitFor();
      await waitForNoDialog(page);
      await page.getByTestId('certificates-empty').waitFor();

      // When he records her LSPS certificate
      await page.getByTestId('certificate-add').click();
      await page.getByTestId('certificate-issuer').fill('LSPS');
      await page.getByTestId('certificate-number').fill('LSPS-E2E-0001');
      await page.getByTestId('certificate-valid-until').fill(yearsFromNow(3));
      await page.getByTestId('certificate-submit').click();

      // Then the certificate is listed as active, and so is she
      await page.getByTestId('staff-notice').waitFor();
      await waitForNoDialog(page);
      const certificate = page.getByTestId('certificate-row').filter({ hasText: 'LSPS-E2E-0001' });
      await certificate.waitFor();
      expect(await certificate.getByTestId('staff-certification-status').getAttribute('data-status')).toBe('active');
      await page.screenshot({ path: screenshotPath('staff-member'), fullPage: true });

      // When she opens the alerts and runs the check
      await page.getByTestId('nav-alerts').click();
      await page.getByRole('heading', { level: 1, name: 'Peringatan' }).waitFor();
      await page.getByTestId('alerts-run').click();

      // Then open alerts are listed, each leading to an institution or a person
      await page.getByTestId('alerts-run-result').waitFor();
      await page.getByTestId('alert-row').first().waitFor();
      expect(await page.getByTestId('alert-row').count()).toBeGreaterThan(0);
      await page.getByTestId('nav-alerts-count').waitFor();

      // When she keeps only the institutions whose certification expired, then only those remain
      await page.getByTestId('alerts-kind-institution_certification_expired').click();
      await page.waitForURL((url) => url.searchParams.get('kind') === 'institution_certification_expired');
      await expect
        .poll(
          async () =>
            new Set(
              await page
                .getByTestId('alert-row')
                .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind'))),
            ),
        )
        .toEqual(new Set(['institution_certification_expired']));
      await page.screenshot({ path: screenshotPath('alerts'), fullPage: true });

      // And an alert leads to its institution's certification
      await page.getByTestId('alert-row').first().getByTestId('alert-link').click();
      await page.getByTestId('certification-tab').waitFor();
      expect(await page.getByTestId('certification-status').getAttribute('data-status')).toBe('expired');

      // When she registers a social affairs office, first without the required fields
      await page.getByTestId('nav-institutions').click();
      await page.getByTestId('institution-create').click();
      await page.getByTestId('institution-form').waitFor();
      await page.getByTestId('institution-submit').click();
      await page.getByText('Nama minimal 3 karakter.').waitFor();

      // Then a region code the registry does not know is refused by the server, under its field
      await page.getByTestId('institution-code').fill('dinsos-e2e');
      await choose(page, 'institution-type', 'Dinas Sosial');
      await page.getByTestId('institution-name').fill('Dinas Sosial Uji E2E');
      await page.getByTestId('institution-region').fill('99.99');
      await page.getByTestId('institution-submit').click();
      await page.getByTestId('institution-region').and(page.locator('[aria-invalid="true"]')).waitFor();

      // When she corrects it, then the new institution opens, not certified but free to admit (not an IPWL)
      await page.getByTestId('institution-region').fill('31.75');
      await page.getByTestId('institution-submit').click();
      await page.getByRole('heading', { level: 1, name: 'Dinas Sosial Uji E2E' }).waitFor();
      await waitForNoDialog(page);
      expect(await page.getByTestId('institution-code-shown').textContent()).toBe('DINSOS-E2E');
      expect(await page.getByTestId('admission-blocked').count()).toBe(0);

      expect(pageProblems).toEqual([]);
      await page.context().close();
    },
    timeoutMs * 2,
  );

  test(
    'an IPWL manager sees only their institution, edits its phone, and may not register institutions',
    async () => {
      if (!server) throw new Error('the e2e server did not start');
      const page = await openPage([401]);

      // Given the manager of IPWL Sinar Pemulihan signed in
      await page.goto(`${server.baseUrl}/login`);
      await submitLogin(page, 'ipwl.manager', server.demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Daftar kerja' }).waitFor();

      // When he opens the directory, then only his institution is there, and no way to add one
      await page.getByTestId('nav-institutions').click();
      await page.getByRole('heading', { level: 1, name: 'Lembaga' }).waitFor();
      await page.getByTestId('institution-row').first().waitFor();
      const codes = await page
        .getByTestId('institution-row')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')));
      expect(codes).toEqual(['IPWL-SINAR-PEMULIHAN']);
      expect(await page.getByTestId('institution-create').count()).toBe(0);

      // When he edits its phone number
      await page.getByTestId('institution-link').click();
      await page.getByRole('heading', { level: 1, name: 'IPWL Yayasan Sinar Pemulihan (sintetis)' }).waitFor();
      await page.getByTestId('institution-edit').click();
      await page.getByTestId('institution-form').waitFor();
      // A manager neither moves nor closes the institution: those fields are not offered.
      expect(await page.getByTestId('institution-parent').count()).toBe(0);
      expect(await page.getByTestId('institution-closed-on').count()).toBe(0);
      await page.getByTestId('institution-phone').fill('+62 21 8400 1234');
      await page.getByTestId('institution-submit').click();

      // Then the profile shows the new number
      await page.getByTestId('institution-notice').waitFor();
      await waitForNoDialog(page);
      await page.getByTestId('institution-phone-shown').filter({ hasText: '+62 21 8400 1234' }).waitFor();
      await page.screenshot({ path: screenshotPath('institution-manager'), fullPage: true });

      expect(pageProblems).toEqual([]);
      await page.context().close();
    },
    timeoutMs,
  );
});

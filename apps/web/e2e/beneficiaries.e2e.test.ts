import { composeNik } from '@atensi/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2eServer } from '../../api/src/test/e2e-server.js';
import { hasChromium, launchBrowser, screenshotPath, submitLogin, timeoutMs, watchPageProblems } from './support.js';

/** Picks an option of a Mantine select by its visible name. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Waits until every modal has faded out, so screenshots and clicks see the page below. */
async function waitForNoDialog(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

// A synthetic NIK (never a real person's): a woman born on 12 April 1996 in Dayeuhkolot, Kabupaten Bandung.
const nik = composeNik('32.04.12', 'F', '1996-04-12', '0042');
const fullName = 'Sari Wulandari Uji E2E';

describe.skipIf(!hasChromium)('beneficiaries and cases', () => {
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
    'a social worker registers a person, opens a case with a family report, screens and terminates it',
    async () => {
      if (!server) throw new Error('the e2e server did not start');
      // 401: the session probe before signing in; 409: the NIK registered twice on purpose.
      const page = await openPage([401, 409]);

      // Given the social worker of an IPWL signed in, she lands on her (empty) work list
      await page.goto(`${server.baseUrl}/login`);
      await submitLogin(page, 'pendamping', server.demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Daftar kerja' }).waitFor();
      await page.getByTestId('work-list-empty').waitFor();

      // When she opens the registration form from the beneficiary search
      await page.getByTestId('nav-beneficiaries').click();
      await page.getByRole('heading', { level: 1, name: 'Penerima manfaat' }).waitFor();
      await page.getByTestId('beneficiary-search-prompt').waitFor();
      await page.getByTestId('beneficiary-register').click();
      await page.getByRole('heading', { level: 1, name: 'Daftarkan penerima manfaat' }).waitFor();

      // And types a birth date that does not match the NIK
      await page.getByTestId('beneficiary-full-name').fill(fullName);
      await page.getByTestId('beneficiary-sex-F').check();
      await page.getByTestId('beneficiary-birth-date').fill('1996-04-13');
      await page.getByTestId('beneficiary-nik').fill(nik);

      // Then the NIK is refused at once, before saving
      const nikField = page.locator('[data-testid="beneficiary-nik"][aria-invalid="true"]');
      await nikField.waitFor();
      await page.getByText('NIK tidak sesuai dengan tanggal lahir yang diisi.').waitFor();
      await page.screenshot({ path: screenshotPath('beneficiary-nik-mismatch'), fullPage: true });

      // When she corrects the birth date, the NIK is accepted
      await page.getByTestId('beneficiary-birth-date').fill('1996-04-12');
      await page.getByTestId('beneficiary-nik-valid').waitFor();
      await nikField.waitFor({ state: 'detached' });

      // And picks the district of residence by name, then no duplicate is found
      await page.getByTestId('beneficiary-region').fill('Dayeuhkolot');
      await page.getByRole('option', { name: /Kabupaten Bandung › Dayeuhkolot\s*Kecamatan$/ }).click();
      await page.getByTestId('duplicates-none').waitFor();
      await page.getByTestId('beneficiary-address').fill('Jl. Uji Coba No. 1');
      await page.getByTestId('beneficiary-phone').fill('+62 812 0000 0042');
      await choose(page, 'beneficiary-education', 'SMA/sederajat');
      await page.screenshot({ path: screenshotPath('beneficiary-form'), fullPage: true });
      await page.getByTestId('beneficiary-submit').click();

      // Then her page opens with the full NIK, and no documents are flagged
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
      await page.getByTestId('beneficiary-notice').waitFor();
      expect(await page.getByTestId('beneficiary-nik-full').textContent()).toBe(nik);
      expect(await page.getByTestId('needs-documents').count()).toBe(0);
      await page.getByTestId('beneficiary-cases-empty').waitFor();
      // The person's identifiers never reach the address bar
      expect(page.url()).not.toContain(nik);

      // When she opens a case brought by the family, with a family report (wajib lapor)
      await choose(page, 'case-intake-source', 'Keluarga');
      await page.getByTestId('case-report').check();
      await choose(page, 'case-reporter', 'Keluarga');
      await page.getByTestId('case-open-submit').click();

      // Then the case page shows it in intake, with its kartu lapor diri number
      await page.waitForURL((url) => url.pathname.startsWith('/cases/'));
      await page.getByTestId('case-notice').waitFor();
      await page.locator('[data-testid="case-status"][data-status="intake"]').first().waitFor();
      const cardNumber = await page.getByTestId('case-card-number').textContent();
      expect(cardNumber).toMatch(/^KLD\/IPWL-SINAR-PEMULIHAN\/\d{4}\/00001$/);
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();

      // When she starts the screening, with a note
      await page.getByTestId('case-action-start_screening').click();
      await page.getByTestId('case-transition-note').fill('Datang bersama ibu.');
      await page.getByTestId('confirm-button').click();

      // Then the case is in screening, and the history has both steps
      await waitForNoDialog(page);
      await page.locator('[data-testid="case-status"][data-status="screening"]').first().waitFor();
      await page.locator('[data-testid="case-event"][data-action="start_screening"]').waitFor();
      expect(await page.getByTestId('case-event').count()).toBe(2);

      // When she terminates it: the person dropped out
      await page.getByTestId('case-action-terminate').click();
      await choose(page, 'terminate-reason', 'Putus layanan');
      await page.getByTestId('terminate-submit').click();

      // Then the case is terminated with its reason, and no running-case step is offered any more
      await waitForNoDialog(page);
      await page.locator('[data-testid="case-status"][data-status="terminated"]').first().waitFor();
      await page.getByTestId('case-termination').filter({ hasText: 'Putus layanan' }).waitFor();
      await page.locator('[data-testid="case-event"][data-action="terminate"]').waitFor();
      expect(await page.getByTestId('case-action-start_screening').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('case-terminated'), fullPage: true });

      // And her case list shows the case (a terminated case is no longer on the work list of running ones)
      await page.getByTestId('nav-cases').click();
      await page.getByRole('heading', { level: 1, name: 'Kasus' }).waitFor();
      const row = page.getByTestId('case-row').filter({ hasText: fullName });
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('terminated');
      await page.getByTestId('pagination').filter({ hasText: 'Menampilkan 1–1 dari 1' }).waitFor();
      await page.screenshot({ path: screenshotPath('case-list'), fullPage: true });

      // And the search finds her by exact NIK, showing only its last four digits
      await page.getByTestId('nav-beneficiaries').click();
      await page.getByTestId('beneficiary-search').fill(nik);
      const found = page.getByTestId('beneficiary-row').filter({ hasText: fullName });
      await found.waitFor();
      expect(await found.getByTestId('beneficiary-nik-masked').textContent()).toBe(`••••••••••••${nik.slice(12)}`);
      expect(await page.getByTestId('beneficiary-table').textContent()).not.toContain(nik);

      // When she starts registering her again: the NIK alone fills in the sex and the birth date
      await page.getByTestId('beneficiary-register').click();
      await page.getByRole('heading', { level: 1, name: 'Daftarkan penerima manfaat' }).waitFor();
      await page.getByTestId('beneficiary-nik').fill(nik);
      expect(await page.getByTestId('beneficiary-birth-date').inputValue()).toBe('1996-04-12');
      expect(await page.getByTestId('beneficiary-sex-F').isChecked()).toBe(true);
      await page.getByTestId('beneficiary-full-name').fill('Sari Wulandari');
      await page.getByTestId('beneficiary-region').fill('Dayeuhkolot');
      await page.getByRole('option', { name: /Kabupaten Bandung › Dayeuhkolot\s*Kecamatan$/ }).click();

      // Then the form shows she may be registered already
      await page.getByTestId('duplicate-candidate').filter({ hasText: fullName }).waitFor();
      await page.screenshot({ path: screenshotPath('beneficiary-duplicates'), fullPage: true });

      // And saving is refused because the NIK is registered, with a link to her record
      await page.getByTestId('beneficiary-submit').click();
      await page.getByText('NIK ini sudah terdaftar.').waitFor();
      await page.getByTestId('nik-taken-link').click();
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
      await page.getByTestId('case-running').waitFor({ state: 'detached' });
      await page.getByTestId('open-case').waitFor();

      expect(pageProblems).toEqual([]);
    },
    timeoutMs * 2,
  );

  test(
    'the administrator has no beneficiary records and keeps the regions as home',
    async () => {
      if (!server) throw new Error('the e2e server did not start');
      const page = await openPage([401]);

      await page.goto(`${server.baseUrl}/login`);
      await submitLogin(page, 'admin', server.demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Wilayah' }).waitFor();
      await page.getByTestId('nav-account').waitFor();

      expect(await page.getByTestId('nav-beneficiaries').count()).toBe(0);
      expect(await page.getByTestId('nav-work-list').count()).toBe(0);

      // Typing the address does not help: the page says why, and asks the API for nothing
      await page.goto(`${server.baseUrl}/beneficiaries`);
      await page.getByTestId('forbidden').waitFor();

      expect(pageProblems).toEqual([]);
    },
    timeoutMs,
  );
});

import { composeNik } from '@atensi/contracts';
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

/** Picks an option of a Mantine select by its visible name. */
async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** Waits until every modal has faded out, so screenshots and clicks see the page below. */
async function waitForNoDialog(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

/** Fills the referral form of the case page: a transfer to Balai "Bambu Apus", with one document. */
async function fillReferral(page: Page): Promise<void> {
  await page.getByTestId('refer-kind-transfer').check();
  await choose(page, 'refer-to', /BALAI-BAMBU-APUS/);
  await page.getByTestId('refer-reason').fill('Membutuhkan rehabilitasi residensial di Balai.');
  await page.getByTestId('refer-add-document').click();
  await page.getByTestId('refer-document').fill('Hasil skrining ASSIST');
}

// A synthetic NIK (never a real person's): a man born on 3 March 1994 in Cipayung, Jakarta Timur.
const nik = composeNik('31.75.10', 'M', '1994-03-03', '0077');
const fullName = 'Bagus Pratama Uji Rujukan';
const balaiName = 'Balai Rehabilitasi Sosial "Bambu Apus" Jakarta';

describe.skipIf(!hasChromium)('referrals', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  }, timeoutMs);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, timeoutMs);

  test(
    'an IPWL worker refers a case to its Balai once the person consents, and the Balai accepts the transfer',
    async () => {
      if (!server || !browser) throw new Error('the e2e server or the browser did not start');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      // 401: the session probe before signing in; 409: the referral refused for want of consent, on purpose.
      const pageProblems = watchPageProblems(page, [401, 409]);

      // Given the social worker of IPWL Sinar Pemulihan signed in, who registers a person
      await page.goto(`${server.baseUrl}/login`);
      await submitLogin(page, 'pendamping', server.demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Daftar kerja' }).waitFor();
      await page.getByTestId('nav-beneficiaries').click();
      await page.getByTestId('beneficiary-register').click();
      await page.getByRole('heading', { level: 1, name: 'Daftarkan penerima manfaat' }).waitFor();
      await page.getByTestId('beneficiary-full-name').fill(fullName);
      await page.getByTestId('beneficiary-sex-M').check();
      await page.getByTestId('beneficiary-birth-date').fill('1994-03-03');
      await page.getByTestId('beneficiary-nik').fill(nik);
      await page.getByTestId('beneficiary-nik-valid').waitFor();
      await page.getByTestId('beneficiary-region').fill('Cipayung');
      await page.getByRole('option', { name: /Jakarta Timur › Cipayung\s*Kecamatan$/ }).click();
      await page.getByTestId('duplicates-none').waitFor();
      await page.getByTestId('beneficiary-submit').click();
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();

      // And opens a case for him
      await choose(page, 'case-intake-source', 'Datang sendiri');
      await page.getByTestId('case-open-submit').click();
      await page.waitForURL((url) => url.pathname.startsWith('/cases/'));
      await page.locator('[data-testid="case-status"][data-status="intake"]').first().waitFor();
      const casePath = new URL(page.url()).pathname;

      // When she refers the case to Balai "Bambu Apus" as a transfer
      await page.getByTestId('tab-referrals').click();
      await page.getByTestId('case-referrals-empty').waitFor();
      await fillReferral(page);
      await page.getByTestId('refer-submit').click();

      // Then she is told a consent of the person is needed first
      await page.getByTestId('refer-consent-required').waitFor();
      await page.getByText('Tidak ada persetujuan (consent) yang berlaku').waitFor();

      // When she follows the button to the consent form and records a referral consent (identity and case data)
      await page.getByTestId('refer-give-consent').click();
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
      await page.getByTestId('consent-form').waitFor();
      expect(await page.getByTestId('consent-category-identity').isChecked()).toBe(true);
      expect(await page.getByTestId('consent-category-case').isChecked()).toBe(true);
      await page.getByTestId('consent-submit').click();

      // Then the consent is listed as valid, and the way back to the case is offered
      await page.getByTestId('consent-notice').waitFor();
      await page.locator('[data-testid="consent-validity"][data-state="valid"]').waitFor();
      // Neither the name nor the NIK ever reaches the address bar
      expect(page.url()).not.toContain(nik);
      expect(decodeURIComponent(page.url())).not.toContain('Bagus');
      await page.getByTestId('consent-back-to-case').click();
      await page.waitForURL((url) => url.pathname === casePath);

      // When she refers the case again
      await page.getByTestId('refer-form').waitFor();
      await fillReferral(page);
      await page.getByTestId('refer-submit').click();

      // Then the referral is sent and waits for the Balai's answer
      await page.getByTestId('refer-done').waitFor();
      await page.locator('[data-testid="referral-row"][data-status="pending"]').waitFor();
      await page.getByTestId('case-referral-pending').waitFor();
      await page.getByTestId('tab-history').click();
      await page.locator('[data-testid="case-event"][data-action="refer"]').waitFor();
      await signOut(page);

      // When the Balai manager signs in
      await submitLogin(page, 'balai.bambuapus', server.demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Daftar kerja' }).waitFor();

      // Then the referral is on her work list, among the incoming ones
      const incoming = page.getByTestId('work-list-incoming').getByTestId('incoming-referral-row');
      await incoming.filter({ hasText: 'IPWL Yayasan Sinar Pemulihan' }).waitFor();
      await page.screenshot({ path: screenshotPath('work-list'), fullPage: true });

      // When she opens it
      await incoming.filter({ hasText: 'IPWL Yayasan Sinar Pemulihan' }).getByTestId('incoming-referral-link').click();
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();

      // Then she sees the no-onward-disclosure notice and the packet
      const notice = page.getByTestId('referral-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('UU 27/2022');
      expect(await page.getByTestId('referral-reason').textContent()).toContain('rehabilitasi residensial');
      expect(await page.getByTestId('referral-documents').textContent()).toContain('Hasil skrining ASSIST');
      expect(await page.getByTestId('referral-to').textContent()).toBe(balaiName);
      await page.locator('[data-testid="referral-status"][data-status="pending"]').waitFor();
      await page.screenshot({ path: screenshotPath('referral-incoming'), fullPage: true });
      // The sender's cancel is not hers to use
      expect(await page.getByTestId('referral-cancel').count()).toBe(0);

      // When she accepts it
      await page.getByTestId('referral-accept').click();
      await page.getByTestId('confirm-button').click();
      await waitForNoDialog(page);

      // Then the referral is accepted, and the case is now at the Balai
      await page.getByTestId('referral-done').waitFor();
      await page.locator('[data-testid="referral-status"][data-status="accepted"]').first().waitFor();
      await page.getByTestId('referral-outcome-form').waitFor();
      await page.getByTestId('referral-case').click();
      await page.waitForURL((url) => url.pathname === casePath);
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
      await page.getByTestId('case-institution').filter({ hasText: balaiName }).waitFor();
      await page.locator('[data-testid="case-event"][data-action="transfer_in"]').waitFor();

      expect(pageProblems).toEqual([]);
      await context.close();
    },
    timeoutMs * 3,
  );
});

import { composeNik } from '@atensi/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2eServer } from '../../api/src/test/e2e-server.js';
import { hasChromium, launchBrowser, screenshotPath, submitLogin, timeoutMs, watchPageProblems } from './support.js';

// A synthetic NIK (never a real person's): a man born on 12 August 1996 in Cipayung, Jakarta Timur.
const nik = composeNik('31.75.10', 'M', '1996-08-12', '0131');
const fullName = 'Raka Aditya Uji Skrining';

/** Registers the person and opens a case with a family report, as the worker does at intake. */
async function registerAndOpenCase(page: Page): Promise<void> {
  await page.getByTestId('nav-beneficiaries').click();
  await page.getByTestId('beneficiary-register').click();
  await page.getByTestId('beneficiary-full-name').fill(fullName);
  await page.getByTestId('beneficiary-sex-M').check();
  await page.getByTestId('beneficiary-birth-date').fill('1996-08-12');
  await page.getByTestId('beneficiary-nik').fill(nik);
  await page.getByTestId('beneficiary-nik-valid').waitFor();
  await page.getByTestId('beneficiary-region').fill('Cipayung');
  await page.getByRole('option', { name: /Jakarta Timur › Cipayung\s*Kecamatan$/ }).click();
  await page.getByTestId('duplicates-none').waitFor();
  await page.getByTestId('beneficiary-submit').click();
  await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
  await page.getByTestId('case-intake-source').click();
  await page.getByRole('option', { name: 'Keluarga', exact: true }).click();
  await page.getByTestId('case-open-submit').click();
  await page.waitForURL((url) => url.pathname.startsWith('/cases/'));
  await page.locator('[data-testid="case-status"][data-status="intake"]').first().waitFor();
}

/** Picks an answer of an ASSIST question by its test id: `assist-<substance>-<question>-<value>`. */
async function answer(page: Page, substance: string, question: string, value: string): Promise<void> {
  await page.getByTestId(`assist-${substance}-${question}-${value}`).click();
}

describe.skipIf(!hasChromium)('screening and further assessment', () => {
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
    'a pendamping screens moderate alcohol and low cannabis use, is sent to further assessment, completes it, and the plan starts from its components',
    async () => {
      if (!server || !browser) throw new Error('the e2e server or the browser did not start');
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      page.setDefaultTimeout(15_000);
      const pageProblems = watchPageProblems(page);

      // Given the social worker of IPWL Sinar Pemulihan with a new case at intake
      await page.goto(`${server.baseUrl}/login`);
      await submitLogin(page, 'pendamping', server.demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Daftar kerja' }).waitFor();
      await registerAndOpenCase(page);

      // When she screens the person face to face: alcohol and cannabis used in life, nothing else
      await page.getByTestId('case-start-assist').click();
      await page.getByTestId('assist-step').and(page.locator('[data-step="lifetime"]')).waitFor();
      await page.getByTestId('assist-q1-alcohol').getByText('Ya', { exact: true }).click();
      await page.getByTestId('assist-q1-cannabis').getByText('Ya', { exact: true }).click();
      await expect.poll(() => page.getByTestId('assist-next').isDisabled()).toBe(true);
      await page.getByTestId('assist-rest-no').click();
      await page.getByTestId('assist-next').click();

      // Alcohol weekly, with urges monthly, problems once or twice, concern of others in the past 3 months
      await answer(page, 'alcohol', 'q2', 'weekly');
      await answer(page, 'alcohol', 'q3', 'monthly');
      await answer(page, 'alcohol', 'q4', 'once_or_twice');
      await answer(page, 'alcohol', 'q5', 'never');
      await answer(page, 'alcohol', 'q6', 'past_3_months');
      await answer(page, 'alcohol', 'q7', 'never');
      // Then the score updates as she goes: 4 + 4 + 4 + 0 + 6 + 0 = 18, moderate
      await expect.poll(() => page.getByTestId('assist-live-score').textContent()).toContain('18');
      const alcoholLive = page.locator('[data-testid="assist-live-row"][data-substance="alcohol"]');
      await expect.poll(() => alcoholLive.getByTestId('risk-badge').getAttribute('data-risk')).toBe('moderate');
      await page.getByTestId('assist-next').click();

      // Cannabis not in the past 3 months: Q3 to Q5 are skipped
      await answer(page, 'cannabis', 'q2', 'never');
      expect(await page.getByTestId('assist-cannabis-q3').count()).toBe(0);
      await answer(page, 'cannabis', 'q6', 'earlier');
      await answer(page, 'cannabis', 'q7', 'never');
      await page.getByTestId('assist-next').click();
      await page.getByTestId('assist-q8-never').click();
      await page.getByTestId('assist-next').click();

      // And the review shows WHO's response cards and further assessment as the next step
      await page.locator('[data-testid="screening-next-step"][data-next-step="further_assessment"]').waitFor();
      expect(await page.locator('[data-testid="who-response"][data-risk="moderate"]').count()).toBe(1);
      expect(await page.locator('[data-testid="who-response"][data-risk="low"]').count()).toBe(1);
      await page.screenshot({ path: screenshotPath('screening-review'), fullPage: true });
      await page.getByTestId('assist-submit').click();
      await page.getByTestId('screening-saved').waitFor();
      const scores = await page.getByTestId('screening-score').allTextContents();
      expect(scores.map((text) => text.replace(/\s+/g, ''))).toStrictEqual(['18/39', '3/39']);
      expect(await page.getByTestId('screening-saved').textContent()).toContain('Asesmen lanjut');

      // When she goes on to the further assessment from the case page
      await page.getByTestId('screening-to-case').click();
      await page.locator('[data-testid="case-status"][data-status="further_assessment"]').first().waitFor();
      await page.getByTestId('case-start-assessment').click();
      await page.getByTestId('assessment-domains').waitFor();
      const ratings: Record<string, string> = {
        medical: '2',
        employment_support: '4',
        drug_use: '3',
        alcohol_use: '6',
        legal: '1',
        family_social: '5',
        psychiatric: '2',
      };
      for (const [domain, rating] of Object.entries(ratings)) {
        await page.getByTestId(`assessment-rating-${domain}`).getByText(rating, { exact: true }).click();
      }
      await page.getByTestId('assessment-urine-result').click();
      await page.getByRole('option', { name: 'Negatif', exact: true }).click();
      await page.getByTestId('assessment-need-terapi').getByText('Sangat perlu', { exact: true }).click();
      await page.getByTestId('assessment-need-dukungan_keluarga').getByText('Perlu', { exact: true }).click();
      await page.getByTestId('assessment-need-vokasional_kewirausahaan').getByText('Perlu', { exact: true }).click();
      await page.getByTestId('assessment-need-hidup_layak').getByText('Tidak perlu', { exact: true }).click();

      // A draft can be saved half done
      await page.getByTestId('assessment-save').click();
      await page.getByTestId('assessment-saved').waitFor();
      await expect.poll(() => page.getByTestId('assessment-complete').isDisabled()).toBe(true);

      await page.getByTestId('assessment-stage-contemplation').click();
      await page.getByTestId('assessment-medical-outpatient_referral').click();
      await page.getByTestId('assessment-setting-community_based').click();
      await page
        .getByTestId('assessment-justification')
        .fill('Risiko sedang karena alkohol; keluarga mendukung; perlu terapi dan keterampilan kerja.');
      await page.screenshot({ path: screenshotPath('assessment-form'), fullPage: true });
      await page.getByTestId('assessment-complete').click();

      // Then the assessment is complete, the case is in planning, and the plan starts from the needed components
      await page.locator('[data-testid="assessment-status"]', { hasText: 'Selesai' }).waitFor();
      const components = await page
        .getByTestId('assessment-components')
        .locator('[data-component]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-component')));
      expect(components).toStrictEqual(['dukungan_keluarga', 'terapi', 'vokasional_kewirausahaan']);
      await page.getByTestId('assessment-to-case').click();
      await page.locator('[data-testid="case-status"][data-status="planned"]').first().waitFor();

      // And the plan editor opens pre-filled: community-based as recommended, one goal per component with a need
      await page.getByTestId('tab-plan').click();
      await page.getByTestId('plan-create').click();
      await page.getByTestId('plan-prefill').waitFor();
      expect(await page.getByTestId('plan-setting').locator('input:checked').inputValue()).toBe('community_based');
      const goals = page.getByTestId('plan-goal-form');
      expect(
        await Promise.all([0, 1, 2].map((index) => goals.nth(index).getByTestId('plan-goal-component').inputValue())),
      ).toStrictEqual([
        'Dukungan keluarga',
        'Terapi fisik, psikososial dan mental spiritual',
        'Pelatihan vokasional dan pembinaan kewirausahaan',
      ]);
      expect(await goals.count()).toBe(3);
      await page.getByTestId('plan-editor-back').click();
      await page.locator('[data-testid="case-status"][data-status="planned"]').first().waitFor();
      await page.getByTestId('tab-screening').click();
      await page.getByTestId('case-screening').first().waitFor();
      expect(await page.getByTestId('case-screening').count()).toBe(1);

      // And the instrument she used is there to read, with its weights, in the revision that scored her screening
      await page.getByTestId('nav-instruments').click();
      await page.getByTestId('instrument-assist').waitFor();
      expect(await page.getByTestId('instrument-assist').textContent()).toContain('tidak untuk Produk tembakau');
      expect(await page.getByTestId('instrument-revision').inputValue()).toContain('Revisi 1');
      expect(pageProblems).toStrictEqual([]);
    },
    timeoutMs,
  );
});

import { composeNik } from '@atensi/contracts';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASSIST_CASES } from '../../api/src/test/assist-cases.js';
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
async function choose(page: Page, locator: ReturnType<Page['getByTestId']>, option: string | RegExp): Promise<void> {
  await locator.click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

async function waitForNoDialog(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

/** The JSON API, as the signed-in browser (its session cookie; the CSRF token of `/me`). */
async function apiOf(page: Page, baseUrl: string) {
  const request: APIRequestContext = page.request;
  const me = await request.get(`${baseUrl}/api/v1/me`);
  const csrf = (await me.json()).csrfToken as string;
  return async (method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown, ifMatch?: string) => {
    const res = await request.fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { 'X-CSRF-Token': csrf, ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
      ...(data === undefined ? {} : { data }),
    });
    const body = await res.json().catch(() => null);
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${JSON.stringify(body)}`);
    return body;
  };
}

// Three synthetic people (never real ones): men born in Cipayung, Jakarta Timur, with made-up serials.
const people = [
  { fullName: 'Andika Uji Rencana', birthDate: '1991-02-11', serial: '0311' },
  { fullName: 'Bima Uji Rencana', birthDate: '1993-07-21', serial: '0312' },
  { fullName: 'Candra Uji Rencana', birthDate: '1995-10-05', serial: '0313' },
];
const moderate = ASSIST_CASES.find((item) => item.nextStep === 'further_assessment');
const assessment = {
  domains: Object.fromEntries(
    ['medical', 'employment_support', 'drug_use', 'alcohol_use', 'legal', 'family_social', 'psychiatric'].map(
      (domain) => [domain, { rating: 4 }],
    ),
  ),
  needs: { terapi: { need: 'high' }, dukungan_keluarga: { need: 'some' } },
  stageOfChange: 'preparation',
  recommendation: { medicalRehab: 'none', socialSetting: 'residential', justification: 'Butuh lingkungan terstruktur' },
};

describe.skipIf(!hasChromium)('intervention plans and service delivery', () => {
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
    'a manager approves a plan, a worker records a group therapy session for three beneficiaries, and each case’s progress shows it',
    async () => {
      if (!server || !browser) throw new Error('the e2e server or the browser did not start');
      const { baseUrl, demoPassword } = server;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      // 401: the session probe before signing in.
      const pageProblems = watchPageProblems(page, [401]);

      // Given three people screened at moderate risk whose further assessment is complete (set up through the API)
      await page.goto(`${baseUrl}/login`);
      await submitLogin(page, 'pendamping', demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Daftar kerja' }).waitFor();
      const asWorker = await apiOf(page, baseUrl);
      const caseIds: string[] = [];
      for (const person of people) {
        const registered = await asWorker('POST', '/beneficiaries', {
          nik: composeNik('31.75.10', 'M', person.birthDate, person.serial),
          fullName: person.fullName,
          sex: 'M',
          birthDate: person.birthDate,
          regionCode: '31.75.10',
        });
        const opened = await asWorker('POST', `/beneficiaries/${registered.id}/cases`, { intakeSource: 'family' });
        await asWorker('POST', `/cases/${opened.id}/screenings`, {
          instrument: 'assist-3.0',
          answers: moderate?.answers,
        });
        await asWorker('PUT', `/cases/${opened.id}/assessment`, assessment);
        await asWorker('POST', `/cases/${opened.id}/assessment/complete`);
        caseIds.push(opened.id);
      }
      const [first, ...others] = caseIds as [string, ...string[]];

      // When the worker writes the first plan in the editor, which starts from the assessment
      await page.goto(`${baseUrl}/cases/${first}?tab=plan`);
      await page.getByTestId('plan-empty').waitFor();
      await page.getByTestId('plan-create').click();
      await page.getByTestId('plan-form').waitFor();
      await page.getByTestId('plan-prefill').waitFor();
      // Residential, as recommended, for 6 months; one goal for each component with need
      expect(await page.getByTestId('plan-setting').locator('input:checked').inputValue()).toBe('residential');
      const goals = page.getByTestId('plan-goal-form');
      expect(await goals.count()).toBe(2);
      expect(await goals.nth(0).getByTestId('plan-goal-component').inputValue()).toBe('Dukungan keluarga');
      expect(await goals.nth(1).getByTestId('plan-goal-component').inputValue()).toBe(
        'Terapi fisik, psikososial dan mental spiritual',
      );
      // Submitting with empty goals names each field
      await page.getByTestId('plan-save-submit').click();
      await page.getByText('Minimal 3 karakter.').first().waitFor();
      await goals.nth(0).getByTestId('plan-goal-description').fill('Orang tua terlibat dalam pemulihan');
      await goals.nth(0).getByTestId('plan-goal-target').fill('Orang tua hadir di 4 dari 6 kelompok keluarga');
      await goals.nth(1).getByTestId('plan-goal-description').fill('Berhenti memakai sabu');
      await goals.nth(1).getByTestId('plan-goal-target').fill('Tes urin negatif 3 bulan berturut-turut');
      // Each goal got a first service of its component; the therapy one is Therapeutic Community, made 3 a week
      const services = page.getByTestId('plan-service-form');
      expect(await services.nth(1).getByTestId('plan-service-item').inputValue()).toBe('Therapeutic Community (TC)');
      await services.nth(1).getByTestId('plan-service-count').fill('3');
      await page.getByTestId('plan-save-submit').click();

      // Then it waits for a manager's approval; the worker cannot approve, and service cannot start yet
      await page.getByTestId('plan-notice').waitFor();
      await page.locator('[data-testid="plan-view"][data-plan-status="submitted"]').waitFor();
      await page.getByTestId('plan-waiting').waitFor();
      expect(await page.getByTestId('plan-approve').count()).toBe(0);
      expect(await page.getByTestId('case-action-start_service').count()).toBe(0);
      const submitted = (await asWorker('GET', `/cases/${first}/plans`)).items[0];
      await expect(asWorker('POST', `/plans/${submitted.id}/approve`, {}, `"${submitted.version}"`)).rejects.toThrow(
        /: 403 /,
      );
      // The two other plans are written and submitted the same way (through the API, to keep the story short)
      for (const caseId of others) {
        const draft = await asWorker('POST', `/cases/${caseId}/plans`, {
          setting: 'residential',
          startOn: submitted.startOn,
          plannedEndOn: submitted.plannedEndOn,
          goals: submitted.goals.map((goal: { component: string; description: string; target: string }) => ({
            component: goal.component,
            description: goal.description,
            target: goal.target,
          })),
          services: [
            {
              goal: 1,
              catalogueItemId: submitted.services[1].catalogueItemId,
              frequency: { count: 3, period: 'per_week' },
            },
          ],
        });
        await asWorker('POST', `/plans/${draft.id}/submit`, undefined, `"${draft.version}"`);
      }
      await signOut(page);

      // When the IPWL manager signs in, finds the plans waiting on her work list and approves the first
      await submitLogin(page, 'ipwl.manager', demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Daftar kerja' }).waitFor();
      const waiting = page.getByTestId('plans-awaiting').getByTestId('plan-awaiting-row');
      await expect.poll(() => waiting.count()).toBe(3);
      await waiting.filter({ hasText: 'Andika Uji Rencana' }).getByTestId('plan-awaiting-link').click();
      await page.getByRole('heading', { level: 1, name: 'Andika Uji Rencana' }).waitFor();
      await page.getByTestId('plan-approve').click();
      await page.getByTestId('plan-comment').fill('Disetujui. Pantau kehadiran TC.');
      await page.getByTestId('confirm-button').click();
      await waitForNoDialog(page);

      // Then the plan is active with her comment in its history, and the case may start service
      await page.getByTestId('plan-notice').waitFor();
      await page.locator('[data-testid="plan-view"][data-plan-status="active"]').waitFor();
      await page.getByTestId('plan-event-comment').filter({ hasText: 'Pantau kehadiran TC' }).waitFor();
      await page.getByTestId('case-action-start_service').waitFor();
      await page.screenshot({ path: screenshotPath('plan-approved'), fullPage: true });
      const asManager = await apiOf(page, baseUrl);
      for (const caseId of others) {
        const plan = (await asManager('GET', `/cases/${caseId}/plans`)).items[0];
        await asManager('POST', `/plans/${plan.id}/approve`, {}, `"${plan.version}"`);
      }
      await signOut(page);

      // When the worker records a group Therapeutic Community session for the three of them
      await submitLogin(page, 'pendamping', demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Daftar kerja' }).waitFor();
      await page.getByTestId('nav-service-entry').click();
      await page.getByRole('heading', { level: 1, name: 'Catat layanan' }).waitFor();
      await page.getByTestId('service-mode').getByText('Sesi kelompok').click();
      await page.getByTestId('service-group-form').waitFor();
      // Nobody chosen yet: the form says so
      await page.getByTestId('group-submit').click();
      await page.getByTestId('group-nobody').waitFor();
      await choose(page, page.getByTestId('group-item'), 'Therapeutic Community (TC)');
      await page.getByTestId('group-topic').fill('Pencegahan kambuh');
      for (const person of people) {
        await page
          .locator(`[data-testid="group-attendee"][data-name="${person.fullName}"]`)
          .getByTestId('group-include')
          .check();
      }
      const andika = page.locator('[data-testid="group-attendee"][data-name="Andika Uji Rencana"]');
      await choose(page, andika.getByTestId('group-goal'), /Berhenti memakai sabu/);
      await choose(page, andika.getByTestId('group-progress'), 'Berjalan');
      expect(await page.getByTestId('group-count').textContent()).toBe('3 diundang · 3 hadir');
      await page.getByTestId('group-submit').click();

      // Then it is recorded once, with three people on it
      await page.getByTestId('service-notice').waitFor();
      const session = page.locator('[data-testid="day-session"][data-kind="group"]');
      await session.waitFor();
      for (const person of people) await session.filter({ hasText: person.fullName }).waitFor();
      await page.screenshot({ path: screenshotPath('group-session'), fullPage: true });

      // And each case's progress shows the session against its plan, and service delivery has started
      for (const [index, caseId] of caseIds.entries()) {
        await page.goto(`${baseUrl}/cases/${caseId}?tab=progress`);
        await page.getByRole('heading', { level: 1, name: people[index]?.fullName ?? '' }).waitFor();
        const therapy = page.locator('[data-testid="progress-component"][data-component="terapi"]');
        await therapy.getByTestId('progress-delivered').filter({ hasText: /^1$/ }).waitFor();
        expect(Number(await therapy.getByTestId('progress-planned').textContent())).toBeGreaterThan(70);
        await page
          .locator('[data-testid="service-record"][data-kind="group"]')
          .filter({ hasText: '3 orang' })
          .waitFor();
        await page.locator('[data-testid="case-status"][data-status="in_service"]').first().waitFor();
        if (index === 0) {
          await page
            .getByTestId('progress-goal')
            .filter({ hasText: 'Berhenti memakai sabu' })
            .getByText('Berjalan')
            .waitFor();
          await page.screenshot({ path: screenshotPath('case-progress'), fullPage: true });
        }
      }

      expect(pageProblems).toEqual([]);
      await context.close();
    },
    timeoutMs * 4,
  );
});

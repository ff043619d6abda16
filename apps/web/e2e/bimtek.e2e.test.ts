import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2eServer } from '../../api/src/test/e2e-server.js';
import { hasChromium, launchBrowser, screenshotPath, submitLogin, timeoutMs, watchPageProblems } from './support.js';

/** A day `days` from today in Jakarta, `YYYY-MM-DD`. */
function daysFromToday(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function waitForNoDialog(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

describe.skipIf(!hasChromium)(
  'the Directorate records a bimtek and its certificates reach the workforce registry',
  () => {
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
      'a bimtek with pre/post tests: the eligible participant’s certificate appears on her staff page',
      async () => {
        if (!server || !browser) throw new Error('the e2e server or the browser did not start');
        const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        // 401: the session probe before signing in.
        const problems = watchPageProblems(page, [401]);

        // Given the Directorate signed in, and two companions of IPWL Sinar Pemulihan in the staff registry
        await page.goto(`${server.baseUrl}/login`);
        await submitLogin(page, 'direktorat', server.demoPassword);
        await page.getByTestId('nav-activities').waitFor();
        const staff = (await (await page.request.get(`${server.baseUrl}/api/v1/staff?limit=500`)).json()).items as {
          id: string;
          fullName: string;
          institutionName: string;
        }[];
        const [first, second] = staff.filter((member) => member.institutionName.includes('Sinar Pemulihan'));
        if (!first || !second) throw new Error('the demo IPWL has no two staff members');

        // When she opens the activities and saves an empty form, then the form says what is missing
        await page.getByTestId('nav-activities').click();
        await page.getByRole('heading', { level: 1, name: 'Kegiatan' }).waitFor();
        await page.getByTestId('activity-create').click();
        await page.getByTestId('activity-title').fill('');
        await page.getByTestId('activity-submit').click();
        await page.getByText('Judul minimal 3 karakter.').waitFor();

        // When she records a three-day bimtek that ended yesterday
        await choose(page, 'activity-kind', 'Bimtek');
        await page.getByTestId('activity-title').fill('Bimtek pendamping: skrining ASSIST (E2E)');
        await page.getByTestId('activity-starts-on').fill(daysFromToday(-3));
        await page.getByTestId('activity-ends-on').fill(daysFromToday(-1));
        await choose(page, 'activity-organiser', /Direktorat Rehabilitasi Sosial/);
        await page.getByTestId('activity-region').fill('Jakarta Pusat');
        await page
          .getByRole('option', { name: /Kota Administrasi Jakarta Pusat/ })
          .first()
          .click();
        await page.getByTestId('activity-submit').click();
        await page.getByRole('heading', { level: 1, name: 'Bimtek pendamping: skrining ASSIST (E2E)' }).waitFor();
        await waitForNoDialog(page);

        // And adds the two companions from the staff registry
        await page.getByTestId('tab-participants').click();
        for (const member of [first, second]) {
          await page.getByTestId('participant-staff').fill(member.fullName);
          await page
            .getByRole('option', { name: new RegExp(`^${member.fullName}`) })
            .first()
            .click();
          await page.getByTestId('participant-submit').click();
          await page.getByTestId('participant-row').filter({ hasText: member.fullName }).waitFor();
        }
        expect(await page.getByTestId('origin-count-ipwl').textContent()).toBe('2');

        // And enters their attendance and pre/post tests: one passes (85), one does not (65, the pass mark is 70)
        await page.getByTestId('tab-bimtek').click();
        const rows = page.getByTestId('bimtek-row');
        await expect.poll(() => rows.count()).toBe(2);
        const order = await rows.evaluateAll((elements) =>
          elements.map((element) => element.getAttribute('data-staff-id')),
        );
        const passing = order.indexOf(first.id);
        const failing = order.indexOf(second.id);
        for (const [index, pre, post] of [
          [passing, '40', '85'],
          [failing, '60', '65'],
        ] as const) {
          await page.getByTestId(`bimtek-days-${index}`).fill('3');
          await page.getByTestId(`bimtek-pre-${index}`).fill(pre);
          await page.getByTestId(`bimtek-post-${index}`).fill(post);
        }
        await page.getByTestId('bimtek-save-results').click();
        // Improvements 45 and 5: the event's mean improvement is 25 points.
        await expect.poll(() => page.getByTestId('bimtek-mean-improvement').textContent()).toBe('25');
        await expect.poll(() => page.getByTestId('bimtek-eligible').count()).toBe(1);

        // Then certificates wait until the bimtek is marked held
        expect(await page.getByTestId('bimtek-issue').isDisabled()).toBe(true);
        await page.getByTestId('activity-mark-held').click();
        await page.getByTestId('bimtek-not-held').waitFor({ state: 'detached' });

        // When she issues the certificates
        await page.getByTestId('bimtek-issue').click();
        const number = page.getByTestId('bimtek-certificate-number');
        await number.waitFor();
        expect(await number.count()).toBe(1);
        const certificateNumber = (await number.textContent()) ?? '';
        expect(certificateNumber).toMatch(/^BIMTEK\/\d{4}\/[0-9A-F]{8}\/001$/);
        expect(await page.getByTestId('bimtek-certificates').textContent()).toBe('1');
        await page.screenshot({ path: screenshotPath('bimtek-results'), fullPage: true });

        // Then the certificate is on the passing companion's staff page, in the workforce registry
        await rows.nth(passing).getByRole('link', { name: first.fullName }).click();
        await page.getByRole('heading', { level: 1, name: first.fullName }).waitFor();
        await page.getByTestId('certificate-row').filter({ hasText: certificateNumber }).waitFor();
        await page.screenshot({ path: screenshotPath('bimtek-staff-certificate'), fullPage: true });

        // And not on the other's
        await page.goto(`${server.baseUrl}/staff/${second.id}`);
        await page.getByRole('heading', { level: 1, name: second.fullName }).waitFor();
        await page.getByTestId('staff-certificates').waitFor();
        expect(await page.getByTestId('certificate-row').filter({ hasText: 'BIMTEK/' }).count()).toBe(0);

        expect(problems).toEqual([]);
        await context.close();
      },
      timeoutMs * 2,
    );
  },
);

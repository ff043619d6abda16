import { createHmac } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startE2eServer } from '../../api/src/test/e2e-server.js';
import { hasChromium, launchBrowser, submitLogin, timeoutMs, watchPageProblems } from './support.js';

/** RFC 4648 base32, as the TOTP secret is shown. */
function decodeBase32(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const bytes: number[] = [];
  for (let index = 0; index + 8 <= bits.length; index += 8)
    bytes.push(Number.parseInt(bits.slice(index, index + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 with the authenticator apps' defaults (SHA-1, 6 digits, 30 s): what the phone would show now. */
function currentTotp(secret: string): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000)));
  const hmac = createHmac('sha1', decodeBase32(secret)).update(counter).digest();
  const offset = (hmac.at(-1) ?? 0) & 0x0f;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

describe.skipIf(!hasChromium)('my account', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>> | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageProblems: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    // 422: the wrong authenticator code this journey types on purpose.
    pageProblems = watchPageProblems(page, [401, 422]);
  }, timeoutMs);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, timeoutMs);

  test(
    'a manager turns TOTP on and off, makes and revokes an API token, and is sent to sign in when the session ends',
    async () => {
      if (!server) throw new Error('the e2e server did not start');

      // Given an IPWL manager signed in on her account page
      await page.goto(`${server.baseUrl}/account`);
      await submitLogin(page, 'ipwl.manager', server.demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Akun saya' }).waitFor();

      // When she sets up TOTP, then a QR code and the secret are shown
      await page.getByTestId('totp-setup').click();
      await page.getByTestId('totp-qr').waitFor();
      const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
      expect(secret).toMatch(/^[A-Z2-7]+=*$/);

      // When she types a wrong code, then the server's message shows under the field
      await page.getByTestId('totp-code').fill(currentTotp(secret) === '000000' ? '111111' : '000000');
      await page.getByTestId('totp-enable').click();
      await page.locator('[data-testid="totp-code"][aria-invalid="true"]').waitFor();

      // When she types the code of the app, then TOTP is on
      await page.getByTestId('totp-code').fill(currentTotp(secret));
      await page.getByTestId('totp-enable').click();
      await page.getByTestId('totp-changed').waitFor();
      await page.getByTestId('totp-status').filter({ hasText: 'Aktif' }).waitFor();

      // When she turns it off with her password, then it is off
      await page.getByTestId('totp-disable-start').click();
      await page.getByTestId('totp-disable-password').fill(server.demoPassword);
      await page.getByRole('button', { name: 'Nonaktifkan TOTP' }).click();
      await page.getByTestId('totp-status').filter({ hasText: 'Tidak aktif' }).waitFor();

      // When she creates an API token, then it is shown once, and listed by its prefix
      await page.getByTestId('token-name').fill('Sinkronisasi laporan');
      await page.getByTestId('token-create').click();
      const token = (await page.getByTestId('token-value').textContent()) ?? '';
      expect(token.length).toBeGreaterThan(20);
      const row = page.getByTestId('token-row').filter({ hasText: 'Sinkronisasi laporan' });
      await row.waitFor();

      // When she revokes it after confirming, then it is marked revoked
      await row.getByTestId('token-revoke').click();
      await page.getByTestId('confirm-button').click();
      await row.filter({ hasText: 'Dicabut' }).waitFor();

      // When her session ends (the cookie is gone) and she asks for another token
      await page.context().clearCookies();
      await page.getByTestId('token-name').fill('Token kedua');
      await page.getByTestId('token-create').click();

      // Then she is sent to sign in, told why, and brought back afterwards
      await page.getByTestId('login-notice').filter({ hasText: 'Sesi Anda telah berakhir' }).waitFor();
      expect(new URL(page.url()).searchParams.get('next')).toBe('/account');
      await submitLogin(page, 'ipwl.manager', server.demoPassword);
      await page.getByRole('heading', { level: 1, name: 'Akun saya' }).waitFor();
      await page.getByTestId('token-row').filter({ hasText: 'Sinkronisasi laporan' }).waitFor();

      expect(pageProblems).toEqual([]);
    },
    timeoutMs,
  );
});

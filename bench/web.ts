import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { signIn } from './lib/sessions.js';
import { round } from './lib/stats.js';

/** Chrome DevTools' "3G" preset (formerly "Fast 3G"): 1.6 Mbit/s down, 750 kbit/s up, 562.5 ms latency. */
export const THREE_G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

type Asset = { url: string; type: 'script' | 'stylesheet'; transferred: number; raw: number; gzip: number };

export type PageLoad = {
  page: string;
  jsGzipKiB: number;
  cssGzipKiB: number;
  jsTransferredKiB: number;
  cssTransferredKiB: number;
  usableSeconds: number;
  ratio: number;
  assets: Asset[];
};

async function throttled(context: BrowserContext): Promise<{ page: Page; assets: () => Promise<Asset[]> }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', THREE_G);
  const seen = new Map<string, { url: string; type: 'script' | 'stylesheet'; transferred: number }>();
  cdp.on('Network.responseReceived', (event) => {
    const type = event.type === 'Script' ? 'script' : event.type === 'Stylesheet' ? 'stylesheet' : null;
    if (type) seen.set(event.requestId, { url: event.response.url, type, transferred: 0 });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const entry = seen.get(event.requestId);
    if (entry) entry.transferred = event.encodedDataLength;
  });
  return {
    page,
    assets: async () => {
      const list: Asset[] = [];
      for (const entry of seen.values()) {
        const body = Buffer.from(await (await fetch(entry.url)).arrayBuffer());
        list.push({ ...entry, raw: body.length, gzip: gzipSync(body).length });
      }
      return list;
    },
  };
}

const kib = (bytes: number) => round(bytes / 1024, 1);

function summarise(page: string, assets: Asset[], usableMs: number, floorMs: number): PageLoad {
  const sum = (type: Asset['type'], key: 'gzip' | 'transferred') =>
    assets.filter((a) => a.type === type).reduce((s, a) => s + a[key], 0);
  return {
    page,
    jsGzipKiB: kib(sum('script', 'gzip')),
    cssGzipKiB: kib(sum('stylesheet', 'gzip')),
    jsTransferredKiB: kib(sum('script', 'transferred')),
    cssTransferredKiB: kib(sum('stylesheet', 'transferred')),
    usableSeconds: round(usableMs / 1000, 2),
    ratio: round(usableMs / floorMs, 1),
    assets,
  };
}

/**
 * The web app's first loads in headless Chromium (Debian's), cache disabled and the network throttled to 3G
 * through the DevTools protocol: the login page until its form is usable, and a worker's home page (the work list
 * on the national data) until its sections are shown. JavaScript and CSS are counted as transferred and as gzip
 * would send them. The floor is the same throttled navigation to /api/v1/health (a few bytes).
 */
export async function benchWeb(options: {
  baseUrl: string;
  username: string;
  password: string;
  log: (line: string) => void;
}): Promise<PageLoad[]> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const floorContext = await browser.newContext();
    const floorPage = await throttled(floorContext);
    let started = Date.now();
    await floorPage.page.goto(`${options.baseUrl}/api/v1/health`, { waitUntil: 'load' });
    const floorMs = Date.now() - started;
    await floorContext.close();

    const loginContext = await browser.newContext();
    const login = await throttled(loginContext);
    started = Date.now();
    await login.page.goto(`${options.baseUrl}/login`, { waitUntil: 'commit' });
    await login.page.getByTestId('login-username').waitFor({ state: 'visible', timeout: 120_000 });
    const loginMs = Date.now() - started;
    const loginLoad = summarise('login page (/login)', await login.assets(), loginMs, floorMs);
    await loginContext.close();

    const session = await signIn(options.baseUrl, options.username, options.password);
    const homeContext = await browser.newContext();
    const [name, value] = session.cookie.split('=');
    await homeContext.addCookies([{ name: name ?? '', value: value ?? '', url: options.baseUrl }]);
    const home = await throttled(homeContext);
    started = Date.now();
    await home.page.goto(`${options.baseUrl}/`, { waitUntil: 'commit' });
    await home.page.getByTestId('work-list-my-cases').waitFor({ state: 'visible', timeout: 120_000 });
    const homeMs = Date.now() - started;
    const homeLoad = summarise(
      `worker's home, the work list (/ as ${options.username})`,
      await home.assets(),
      homeMs,
      floorMs,
    );
    await homeContext.close();
    const rows = [loginLoad, homeLoad];
    options.log(`  floor (throttled /api/v1/health): ${(floorMs / 1000).toFixed(2)} s`);
    for (const row of rows)
      options.log(
        `  ${row.page}: JS ${row.jsGzipKiB} KiB gzip (${row.jsTransferredKiB} KiB sent), CSS ${row.cssGzipKiB} KiB gzip; usable after ${row.usableSeconds} s (x${row.ratio} the floor)`,
      );
    return rows.map((row) => ({ ...row, floorSeconds: round(floorMs / 1000, 2) }));
  } finally {
    await browser.close();
  }
}

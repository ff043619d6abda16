import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, test } from 'vitest';
import { loggerOptions } from './logger.js';

describe('logs carry ids, never people', () => {
  test('personal fields are censored at any of the first three levels, and URLs lose their query', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const options = loggerOptions('info') as object;
    const app = Fastify({ logger: { ...options, stream } });
    app.get('/search', async (request) => {
      request.log.info(
        { beneficiaryId: 'b-1', nik: '3204124501900001', fullName: 'Siti Aminah', case: { phone: '0812', notes: 'x' } },
        'looked up',
      );
      return { ok: true };
    });
    await app.inject({ method: 'GET', url: '/search?q=Siti%20Aminah', headers: { cookie: 'session=secret' } });
    await app.close();
    const output = lines.join('');
    expect(output).toContain('b-1');
    expect(output).toContain('[redacted]');
    for (const secret of ['3204124501900001', 'Siti', 'Aminah', '0812', 'session=secret']) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('"path":"/search"');
  });
});

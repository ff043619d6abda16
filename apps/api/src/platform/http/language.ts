import type { Language } from '@atensi/contracts';

/**
 * Picks the answer language from `Accept-Language`: English when the caller prefers it over Indonesian,
 * Bahasa Indonesia otherwise (the product's default). `in` is the old ISO code for Indonesian.
 */
export function pickLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'id';
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { primary: tag.split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) {
    if (entry.primary === 'en') return 'en';
    if (entry.primary === 'id' || entry.primary === 'in') return 'id';
  }
  return 'id';
}

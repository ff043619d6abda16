import { type AgeGroup, normaliseRegionCode } from '@atensi/contracts';
import Papa from 'papaparse';
import type { MessageKey } from '../../platform/http/messages.js';

// Responses imported from a spreadsheet: one row per respondent, header
// `region_code,age_group,sex,<question code>...` (comma or semicolon, as Indonesian Excel saves CSV).

export type SurveyShape = {
  questions: { id: string; code: string; kind: 'single' | 'multiple'; options: { id: string; code: string }[] }[];
};

export type ParsedResponse = {
  line: number;
  regionCode: string;
  ageGroup: AgeGroup;
  sex: 'M' | 'F';
  answers: { questionId: string; optionId: string }[];
};

export type RowError = { row: number; column: string; messageKey: MessageKey; params: Record<string, unknown> };

const FIXED = ['region_code', 'age_group', 'sex'] as const;
const MAX_ERRORS = 200;

/** An age group from its code (`15_19`, `15-19`, `60+`) or from an age in years. */
export function ageGroupOf(value: string): AgeGroup | null {
  const text = value.trim().toLowerCase().replace(/\s+/g, '').replace('-', '_').replace('+', '_plus');
  const groups: AgeGroup[] = ['10_14', '15_19', '20_24', '25_34', '35_44', '45_59', '60_plus'];
  if ((groups as string[]).includes(text)) return text as AgeGroup;
  if (!/^\d{1,3}$/.test(text)) return null;
  const age = Number(text);
  if (age < 10 || age > 120) return null;
  if (age < 15) return '10_14';
  if (age < 20) return '15_19';
  if (age < 25) return '20_24';
  if (age < 35) return '25_34';
  if (age < 45) return '35_44';
  if (age < 60) return '45_59';
  return '60_plus';
}

/** M/F, or the Indonesian L (laki-laki) / P (perempuan), in any case. */
export function sexOf(value: string): 'M' | 'F' | null {
  const text = value.trim().toLowerCase();
  if (['m', 'l', 'male', 'laki-laki', 'laki laki', 'pria'].includes(text)) return 'M';
  if (['f', 'p', 'female', 'perempuan', 'wanita'].includes(text)) return 'F';
  return null;
}

/**
 * Parses and checks every row (region codes are checked against the database afterwards, by the caller). Rows are
 * numbered as a spreadsheet numbers them: the header is row 1.
 */
export function parseResponsesCsv(
  text: string,
  survey: SurveyShape,
): { rows: ParsedResponse[]; errors: RowError[]; headerError: RowError | null } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  const columns = (header ?? []).map((cell) => cell.trim().toLowerCase());
  const questionByCode = new Map(survey.questions.map((question) => [question.code, question]));
  const unknown = columns.filter(
    (column) => !(FIXED as readonly string[]).includes(column) && !questionByCode.has(column),
  );
  const missing = FIXED.filter((column) => !columns.includes(column));
  if (!header || unknown.length > 0 || missing.length > 0 || columns.length === FIXED.length) {
    return {
      rows: [],
      errors: [],
      headerError: {
        row: 1,
        column: '',
        messageKey: 'survey.csv_header',
        params: { columns: [...missing.map((m) => `(${m})`), ...unknown].join(', ') || '-' },
      },
    };
  }
  if (body.length === 0)
    return { rows: [], errors: [], headerError: { row: 1, column: '', messageKey: 'survey.csv_empty', params: {} } };
  const rows: ParsedResponse[] = [];
  const errors: RowError[] = [];
  const rowErrorsOf = new Map<number, string>();
  for (const problem of parsed.errors) {
    if (problem.row !== undefined && problem.row > 0) rowErrorsOf.set(problem.row + 1, problem.message);
  }
  for (const [index, cells] of body.entries()) {
    const line = index + 2;
    const fail = (column: string, messageKey: MessageKey, params: Record<string, unknown> = {}) => {
      errors.push({ row: line, column, messageKey, params });
    };
    const reason = rowErrorsOf.get(line);
    if (reason) {
      fail('', 'survey.csv_unreadable', { reason });
      continue;
    }
    if (cells.length !== columns.length) {
      fail('', 'survey.csv_columns', { found: cells.length, expected: columns.length });
      continue;
    }
    const cell = (column: string) => (cells[columns.indexOf(column)] ?? '').trim();
    const before = errors.length;
    const region = cell('region_code');
    const regionCode = /^\d{2}(\.?\d{2}(\.?\d{2}(\.?\d{4})?)?)?$/.test(region) ? normaliseRegionCode(region) : null;
    if (!regionCode) fail('region_code', 'survey.csv_region', { value: region });
    const ageGroup = ageGroupOf(cell('age_group'));
    if (!ageGroup) fail('age_group', 'survey.csv_age', { value: cell('age_group') });
    const sex = sexOf(cell('sex'));
    if (!sex) fail('sex', 'survey.csv_sex', { value: cell('sex') });
    const answers: ParsedResponse['answers'] = [];
    for (const column of columns) {
      const question = questionByCode.get(column);
      const value = cell(column);
      if (!question || value === '') continue;
      const codes = value
        .split('|')
        .map((code) => code.trim().toLowerCase())
        .filter(Boolean);
      if (question.kind === 'single' && codes.length > 1) {
        fail(column, 'survey.single_choice');
        continue;
      }
      for (const code of new Set(codes)) {
        const option = question.options.find((candidate) => candidate.code === code);
        if (!option) fail(column, 'survey.csv_option', { value: code, code: question.code });
        else answers.push({ questionId: question.id, optionId: option.id });
      }
    }
    if (answers.length === 0 && errors.length === before) fail('', 'survey.answer_required');
    if (errors.length === before && regionCode && ageGroup && sex)
      rows.push({ line, regionCode, ageGroup, sex, answers });
  }
  return { rows, errors: errors.slice(0, MAX_ERRORS), headerError: null };
}

import { describe, expect, test } from 'vitest';
import { ageGroupOf, parseResponsesCsv, type SurveyShape, sexOf } from './survey-csv.js';

const survey: SurveyShape = {
  questions: [
    {
      id: 'q1',
      code: 'media',
      kind: 'single',
      options: [
        { id: 'o-tv', code: 'tv' },
        { id: 'o-sm', code: 'social_media' },
      ],
    },
    {
      id: 'q2',
      code: 'seen',
      kind: 'multiple',
      options: [
        { id: 'o-a', code: 'banner' },
        { id: 'o-b', code: 'film' },
      ],
    },
  ],
};

describe('survey CSV import', () => {
  test('reads rows with comma or semicolon, a BOM, age in years, L/P, several options', () => {
    const text =
      '\uFEFFregion_code;age_group;sex;media;seen\r\n3171;17;L;TV;banner|film\r\n32.04;25_34;P;social_media;\r\n';
    const { rows, errors, headerError } = parseResponsesCsv(text, survey);
    expect(headerError).toBeNull();
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        regionCode: '31.71',
        ageGroup: '15_19',
        sex: 'M',
        answers: [
          { questionId: 'q1', optionId: 'o-tv' },
          { questionId: 'q2', optionId: 'o-a' },
          { questionId: 'q2', optionId: 'o-b' },
        ],
      },
      { line: 3, regionCode: '32.04', ageGroup: '25_34', sex: 'F', answers: [{ questionId: 'q1', optionId: 'o-sm' }] },
    ]);
  });

  test('each bad cell is reported with its row (as the spreadsheet numbers it) and column', () => {
    const text = [
      'region_code,age_group,sex,media,seen',
      'abc,15_19,M,tv,', // row 2: region
      '31.71,9,X,radio,', // row 3: age, sex, option
      '31.71,20_24,F,tv|social_media,', // row 4: two options for a single-choice question
      '31.71,20_24,F,,', // row 5: nothing answered
      '31.71,20_24', // row 6: short
      '31.71,60+,F,tv,', // fine
    ].join('\n');
    const { rows, errors } = parseResponsesCsv(text, survey);
    expect(rows.map((row) => row.line)).toEqual([7]);
    expect(errors.map((error) => [error.row, error.column, error.messageKey])).toEqual([
      [2, 'region_code', 'survey.csv_region'],
      [3, 'age_group', 'survey.csv_age'],
      [3, 'sex', 'survey.csv_sex'],
      [3, 'media', 'survey.csv_option'],
      [4, 'media', 'survey.single_choice'],
      [5, '', 'survey.answer_required'],
      [6, '', 'survey.csv_columns'],
    ]);
  });

  test('a header without the fixed columns or with unknown ones stops the import', () => {
    expect(parseResponsesCsv('region,age,sex,media\n31,20,M,tv', survey).headerError?.params).toEqual({
      columns: '(region_code), (age_group), region, age',
    });
    expect(parseResponsesCsv('region_code,age_group,sex\n31,20,M', survey).headerError?.messageKey).toBe(
      'survey.csv_header',
    );
    expect(parseResponsesCsv('region_code,age_group,sex,media\n', survey).headerError?.messageKey).toBe(
      'survey.csv_empty',
    );
  });

  test('age groups and sexes', () => {
    expect(['10', '14', '15', '24', '25', '44', '45', '59', '60', '99'].map(ageGroupOf)).toEqual([
      '10_14',
      '10_14',
      '15_19',
      '20_24',
      '25_34',
      '35_44',
      '45_59',
      '45_59',
      '60_plus',
      '60_plus',
    ]);
    expect(['9', '121', 'abc', '', '15-19', '60+'].map(ageGroupOf)).toEqual([
      null,
      null,
      null,
      null,
      '15_19',
      '60_plus',
    ]);
    expect(['M', 'l', 'Laki-laki', 'F', 'p', 'Perempuan', 'x'].map(sexOf)).toEqual([
      'M',
      'M',
      'M',
      'F',
      'F',
      'F',
      null,
    ]);
  });
});

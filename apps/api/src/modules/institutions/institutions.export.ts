import type { InstitutionSummary } from '@atensi/contracts';
import { csvField } from '../../platform/csv.js';

const COLUMNS = [
  { key: 'code', header: 'kode', width: 24 },
  { key: 'name', header: 'nama', width: 48 },
  { key: 'type', header: 'jenis', width: 12 },
  { key: 'parent', header: 'induk', width: 40 },
  { key: 'provinceCode', header: 'kode_provinsi', width: 12 },
  { key: 'regionCode', header: 'kode_wilayah', width: 16 },
  { key: 'certificationStatus', header: 'status_sertifikasi', width: 16 },
  { key: 'certificationValidUntil', header: 'berlaku_sampai', width: 14 },
  { key: 'isActive', header: 'aktif', width: 8 },
] as const;

type Row = InstitutionSummary & { parent: string };

function cellOf(row: Row, key: (typeof COLUMNS)[number]['key']): string {
  const value = row[key];
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  return value ?? '';
}

/** The directory as CSV (UTF-8 with BOM so Excel reads it, CRLF, formula-safe fields). */
export function directoryCsv(rows: Row[]): string {
  const lines = [COLUMNS.map((column) => column.header).join(',')];
  for (const row of rows) lines.push(COLUMNS.map((column) => csvField(cellOf(row, column.key))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The directory as an Excel workbook with one sheet, a frozen header and an autofilter. */
export async function directoryXlsx(rows: Row[]): Promise<Buffer> {
  // Loaded on first use: exceljs is large, and every start of the server would pay for it (bench/results).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Atensi';
  const sheet = workbook.addWorksheet('Lembaga', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  for (const row of rows)
    sheet.addRow(Object.fromEntries(COLUMNS.map((column) => [column.key, cellOf(row, column.key)])));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { csvField } from './csv.js';

/** One column of an exported table: its header (Indonesian, as the institutions directory) and how to read it. */
export type ExportColumn<Row> = { header: string; width: number; value: (row: Row) => string | number | null };

/** CSV in UTF-8 with a BOM (so Excel reads it), CRLF, formula-safe fields. */
export function tableCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvField(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(column.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An Excel workbook of one sheet: bold frozen header, autofilter, numbers kept as numbers. */
export async function tableXlsx<Row>(
  sheetName: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Atensi';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({ header: column.header, key: String(index), width: column.width }));
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row) ?? ''));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a table as a download named `atensi-<name>-<date>.<format>`. */
export async function sendTable<Row>(
  reply: FastifyReply,
  name: string,
  format: 'csv' | 'xlsx',
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): Promise<FastifyReply> {
  const stamp = new Date().toISOString().slice(0, 10);
  void reply.header('content-disposition', `attachment; filename="atensi-${name}-${stamp}.${format}"`);
  if (format === 'xlsx') {
    void reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // Binary: the route's string schema documents the body; it is sent as is.
    return reply.send((await tableXlsx(name, columns, rows)) as unknown as string);
  }
  return reply.type('text/csv; charset=utf-8').send(tableCsv(columns, rows));
}

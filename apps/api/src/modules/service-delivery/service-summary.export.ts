import { ATENSI_COMPONENT_LABELS, type ServiceSummary } from '@atensi/contracts';
import ExcelJS from 'exceljs';
import { csvField } from '../../platform/csv.js';

const COLUMNS = [
  { key: 'month', header: 'bulan', width: 10 },
  { key: 'component', header: 'kode_komponen', width: 26 },
  { key: 'componentName', header: 'komponen', width: 48 },
  { key: 'sessions', header: 'sesi', width: 8 },
  { key: 'services', header: 'layanan_diterima', width: 16 },
  { key: 'beneficiaries', header: 'penerima_manfaat', width: 16 },
  { key: 'minutes', header: 'menit', width: 10 },
] as const;

const OCCUPANCY_COLUMNS = [
  { key: 'month', header: 'bulan', width: 10 },
  { key: 'admissions', header: 'masuk', width: 8 },
  { key: 'discharges', header: 'keluar', width: 8 },
  { key: 'bedDays', header: 'hari_rawat', width: 12 },
  { key: 'averageOccupied', header: 'rata_rata_terisi', width: 16 },
] as const;

type Cell = string | number;

function lines(summary: ServiceSummary): Record<(typeof COLUMNS)[number]['key'], Cell>[] {
  return summary.rows.map((row) => ({
    month: row.month,
    component: row.component,
    componentName: ATENSI_COMPONENT_LABELS[row.component].id,
    sessions: row.sessions,
    services: row.services,
    // Suppressed small counts are written as the reports write them.
    beneficiaries: row.beneficiaries ?? '<5',
    minutes: row.minutes,
  }));
}

/** The summary as CSV (UTF-8 with BOM so Excel reads it, CRLF, formula-safe fields): one line per month and component. */
export function serviceSummaryCsv(summary: ServiceSummary): string {
  const rows = [COLUMNS.map((column) => column.header).join(',')];
  for (const line of lines(summary)) rows.push(COLUMNS.map((column) => csvField(line[column.key])).join(','));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** The summary as an Excel workbook: services per month and component, and residential occupancy per month. */
export async function serviceSummaryXlsx(summary: ServiceSummary): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Atensi';
  const services = workbook.addWorksheet('Layanan', { views: [{ state: 'frozen', ySplit: 1 }] });
  services.columns = COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  for (const line of lines(summary)) services.addRow(line);
  services.getRow(1).font = { bold: true };
  services.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const occupancy = workbook.addWorksheet('Hunian', { views: [{ state: 'frozen', ySplit: 1 }] });
  occupancy.columns = OCCUPANCY_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
  }));
  for (const month of summary.occupancy.byMonth) occupancy.addRow(month);
  occupancy.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

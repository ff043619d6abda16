import type { Activity, ActivityReportRow } from '@atensi/contracts';
import type { ExportColumn } from '../../platform/table-export.js';

export const ACTIVITY_COLUMNS: ExportColumn<Activity>[] = [
  { header: 'jenis', width: 20, value: (row) => row.kind },
  { header: 'judul', width: 48, value: (row) => row.title },
  { header: 'status', width: 12, value: (row) => row.status },
  { header: 'mulai', width: 12, value: (row) => row.startsOn },
  { header: 'selesai', width: 12, value: (row) => row.endsOn },
  { header: 'penyelenggara', width: 40, value: (row) => row.organiserName },
  { header: 'kode_wilayah', width: 14, value: (row) => row.regionCode },
  { header: 'wilayah', width: 28, value: (row) => row.regionName },
  { header: 'provinsi', width: 28, value: (row) => row.provinceName },
  { header: 'tempat', width: 28, value: (row) => row.venue },
  { header: 'peserta', width: 10, value: (row) => row.participantTotal },
  { header: 'peserta_direktorat', width: 10, value: (row) => row.participantsByOrigin.direktorat },
  { header: 'peserta_balai_loka', width: 10, value: (row) => row.participantsByOrigin.balai_loka },
  { header: 'peserta_ipwl', width: 10, value: (row) => row.participantsByOrigin.ipwl },
  { header: 'peserta_inspektorat', width: 10, value: (row) => row.participantsByOrigin.inspektorat },
  { header: 'peserta_dinsos', width: 10, value: (row) => row.participantsByOrigin.dinsos },
  { header: 'peserta_lainnya', width: 10, value: (row) => row.participantsByOrigin.other },
  { header: 'anggaran_idr', width: 16, value: (row) => row.budgetIdr },
  { header: 'realisasi_idr', width: 16, value: (row) => row.realisedCostIdr },
];

export const REPORT_COLUMNS: ExportColumn<ActivityReportRow>[] = [
  { header: 'jenis', width: 20, value: (row) => row.kind },
  { header: 'bulan', width: 10, value: (row) => row.month },
  { header: 'penyelenggara', width: 40, value: (row) => row.organiserName },
  { header: 'kode_provinsi', width: 10, value: (row) => row.provinceCode },
  { header: 'provinsi', width: 28, value: (row) => row.provinceName },
  { header: 'kegiatan', width: 10, value: (row) => row.activities },
  { header: 'terlaksana', width: 10, value: (row) => row.held },
  { header: 'peserta', width: 10, value: (row) => row.participants },
  { header: 'anggaran_idr', width: 16, value: (row) => row.budgetIdr },
  { header: 'realisasi_idr', width: 16, value: (row) => row.realisedCostIdr },
];

import type { CaseloadStatus, NormedProfession, ProfessionLoad } from '@atensi/contracts';

/** Clients per worker of each profession (staffing norm of 2015; configurable). */
export type CaseloadNorms = Record<NormedProfession, number>;

export const DEFAULT_CASELOAD_NORMS: CaseloadNorms = { pekerja_sosial: 7, konselor_adiksi: 10 };

/**
 * An institution's load on one profession: the norm asks for one worker per `norm` running cases, rounded up;
 * nobody of the profession while cases run is `no_staff`; more cases than the staff can carry is `over_norm`.
 */
export function professionLoad(
  profession: NormedProfession,
  norm: number,
  staffCount: number,
  activeCases: number,
): ProfessionLoad {
  const required = Math.ceil(activeCases / norm);
  let status: CaseloadStatus = 'within_norm';
  if (activeCases > 0 && staffCount === 0) status = 'no_staff';
  else if (activeCases > staffCount * norm) status = 'over_norm';
  return {
    profession,
    norm,
    staffCount,
    required,
    shortfall: Math.max(0, required - staffCount),
    clientsPerStaff: staffCount > 0 ? Math.round((activeCases / staffCount) * 10) / 10 : null,
    status,
  };
}

/** One worker against the norm of their profession; no norm (another role, no staff record) has no status. */
export function workerStatus(activeCases: number, norm: number | null): CaseloadStatus | null {
  if (norm === null) return null;
  return activeCases > norm ? 'over_norm' : 'within_norm';
}

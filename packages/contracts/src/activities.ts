import { z } from 'zod';
import { IsoDate } from './atensi.js';
import { RegionCodeInput } from './regions.js';
import { CertificationLevel, StaffCertificationType } from './workforce.js';

// The Directorate's indirect services (domain README section 5; seed 000 paragraph 8): one model for the seven kinds
// of activity, with participants by origin, documents, outcomes and follow-up actions. Bimtek and supervision add
// their own parts below; campaigns are in campaigns.ts.

export const ActivityKind = z.enum([
  'kampanye',
  'bimtek',
  'supervisi',
  'refleksi_kebijakan',
  'pedoman',
  'rakor_teknis',
  'advokasi_sosial',
]);
export type ActivityKind = z.infer<typeof ActivityKind>;
export const ACTIVITY_KINDS = ActivityKind.options;

/** Kinds recorded through `POST /activities`; campaigns and supervision visits have their own endpoints. */
export const GeneralActivityKind = z.enum([
  'bimtek',
  'refleksi_kebijakan',
  'pedoman',
  'rakor_teknis',
  'advokasi_sosial',
]);
export type GeneralActivityKind = z.infer<typeof GeneralActivityKind>;

export const ActivityStatus = z.enum(['planned', 'held', 'cancelled']);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** Where a participant comes from (the seed's 38: the Directorate, Balai/Loka KPN and the Inspectorate General). */
export const ParticipantOrigin = z.enum(['direktorat', 'balai_loka', 'ipwl', 'inspektorat', 'dinsos', 'other']);
export type ParticipantOrigin = z.infer<typeof ParticipantOrigin>;
export const PARTICIPANT_ORIGINS = ParticipantOrigin.options;

export const DocumentKind = z.enum([
  'minutes',
  'report',
  'guideline_draft',
  'attendance_list',
  'presentation',
  'photo',
  'other',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const ActionStatus = z.enum(['open', 'in_progress', 'done', 'cancelled']);
export type ActionStatus = z.infer<typeof ActionStatus>;

const Money = z.number().int().min(0).max(1_000_000_000_000).meta({ description: 'Rupiah' });
const Title = z.string().trim().min(3).max(200);
const LongText = z.string().trim().max(5000);

export const ParticipantsByOrigin = z.record(ParticipantOrigin, z.number().int());
export type ParticipantsByOrigin = z.infer<typeof ParticipantsByOrigin>;

export const Activity = z
  .object({
    id: z.string(),
    kind: ActivityKind,
    title: z.string(),
    description: z.string().nullable(),
    status: ActivityStatus,
    startsOn: z.string(),
    endsOn: z.string(),
    venue: z.string().nullable(),
    regionCode: z.string(),
    regionName: z.string(),
    provinceCode: z.string(),
    provinceName: z.string(),
    organiserInstitutionId: z.string(),
    organiserName: z.string(),
    budgetIdr: z.number().int().nullable(),
    realisedCostIdr: z.number().int().nullable(),
    outcomes: z.string().nullable(),
    participantTotal: z.number().int().meta({ description: 'Named participants who attended, plus headcounts' }),
    participantsByOrigin: ParticipantsByOrigin,
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Activity' });
export type Activity = z.infer<typeof Activity>;

export const Participant = z
  .object({
    id: z.string(),
    staffId: z.string().nullable(),
    fullName: z.string(),
    origin: ParticipantOrigin,
    institutionId: z.string().nullable(),
    institutionName: z.string().nullable(),
    position: z.string().nullable(),
    attended: z.boolean(),
    attendedDays: z.number().int().nullable(),
    preTestScore: z.number().nullable(),
    postTestScore: z.number().nullable(),
  })
  .meta({ id: 'ActivityParticipant' });
export type Participant = z.infer<typeof Participant>;

export const ActivityDocument = z
  .object({
    id: z.string(),
    kind: DocumentKind,
    title: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'ActivityDocument' });
export type ActivityDocument = z.infer<typeof ActivityDocument>;

export const ActivityAction = z
  .object({
    id: z.string(),
    activityId: z.string(),
    activityKind: ActivityKind,
    activityTitle: z.string(),
    findingId: z.string().nullable(),
    description: z.string(),
    ownerInstitutionId: z.string().nullable(),
    ownerInstitutionName: z.string().nullable(),
    ownerName: z.string().nullable(),
    dueOn: z.string(),
    status: ActionStatus,
    doneOn: z.string().nullable(),
    progressNote: z.string().nullable(),
    isOverdue: z.boolean().meta({ description: 'Open or in progress after its due date (Jakarta time)' }),
    daysOverdue: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'ActivityAction' });
export type ActivityAction = z.infer<typeof ActivityAction>;

export const ActivityDetail = Activity.extend({
  participants: z.array(Participant),
  hiddenParticipants: z
    .number()
    .int()
    .meta({ description: 'Named participants of institutions outside the caller’s scope (counted, not listed)' }),
  headcounts: ParticipantsByOrigin.meta({ description: 'Attendees counted without names, by origin' }),
  documents: z.array(ActivityDocument),
  actions: z.array(ActivityAction),
}).meta({ id: 'ActivityDetail' });
export type ActivityDetail = z.infer<typeof ActivityDetail>;

const activityFields = {
  title: Title,
  description: LongText.nullable().optional(),
  status: ActivityStatus.default('planned'),
  startsOn: IsoDate,
  endsOn: IsoDate,
  venue: z.string().trim().max(200).nullable().optional(),
  regionCode: RegionCodeInput,
  organiserInstitutionId: z.uuid(),
  budgetIdr: Money.nullable().optional(),
  realisedCostIdr: Money.nullable().optional(),
  outcomes: LongText.nullable().optional(),
};

/** The fields every activity has, shared by the campaign and supervision creates. */
export const ActivityFieldsInput = z.object(activityFields).strict();
export type ActivityFieldsInput = z.infer<typeof ActivityFieldsInput>;

export const CreateActivityInput = z.object({ kind: GeneralActivityKind, ...activityFields }).strict();
export type CreateActivityInput = z.infer<typeof CreateActivityInput>;

export const UpdateActivityInput = z
  .object({ ...activityFields, status: ActivityStatus })
  .omit({ organiserInstitutionId: true })
  .partial()
  .strict();
export type UpdateActivityInput = z.infer<typeof UpdateActivityInput>;

const MonthOrDate = IsoDate;
export const ActivityListQuery = z
  .object({
    kind: ActivityKind.optional(),
    status: ActivityStatus.optional(),
    from: MonthOrDate.optional().meta({ description: 'Activities ending on or after this day' }),
    to: MonthOrDate.optional().meta({ description: 'Activities starting on or before this day' }),
    organiserInstitutionId: z.uuid().optional(),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, { error: 'region.code_format' })
      .optional(),
    q: z.string().trim().min(2).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;

export const ActivityList = z.object({
  items: z.array(Activity),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ActivityList = z.infer<typeof ActivityList>;

export const ExportFormat = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;
export const ActivityExportQuery = ActivityListQuery.omit({ limit: true, offset: true })
  .extend({ format: ExportFormat.default('xlsx') })
  .strict();

// Participants

export const AddParticipantInput = z
  .object({
    staffId: z.uuid().optional().meta({ description: 'A staff member of the registry: name and institution from it' }),
    fullName: z.string().trim().min(2).max(120).optional(),
    origin: ParticipantOrigin.optional().meta({ description: 'Default: from the institution’s type' }),
    institutionId: z.uuid().nullable().optional(),
    position: z.string().trim().max(120).nullable().optional(),
    attended: z.boolean().default(true),
  })
  .strict()
  .refine((value) => value.staffId !== undefined || value.fullName !== undefined, {
    error: 'activity.participant_name_required',
    path: ['fullName'],
  });
export type AddParticipantInput = z.infer<typeof AddParticipantInput>;

export const HeadcountsInput = z
  .object({ counts: z.partialRecord(ParticipantOrigin, z.number().int().min(0).max(100_000)) })
  .strict();
export type HeadcountsInput = z.infer<typeof HeadcountsInput>;

export const ActivityChildParams = z.object({
  id: z.uuid({ error: 'id.format' }),
  childId: z.uuid({ error: 'id.format' }),
});

// Documents

export const UploadDocumentFields = z
  .object({ kind: DocumentKind, title: z.string().trim().min(2).max(200) })
  .strict()
  .meta({ description: 'multipart/form-data: the fields `kind` and `title`, then the `file`' });

// Follow-up actions

export const CreateActionInput = z
  .object({
    description: z.string().trim().min(3).max(2000),
    ownerInstitutionId: z.uuid().nullable().optional(),
    ownerName: z.string().trim().min(2).max(120).nullable().optional(),
    dueOn: IsoDate,
    findingId: z
      .uuid()
      .nullable()
      .optional()
      .meta({ description: 'A supervision finding: makes it a corrective action owned by the visited institution' }),
  })
  .strict();
export type CreateActionInput = z.infer<typeof CreateActionInput>;

export const UpdateActionInput = z
  .object({
    status: ActionStatus.optional(),
    progressNote: z.string().trim().max(2000).nullable().optional(),
    doneOn: IsoDate.nullable().optional(),
    dueOn: IsoDate.optional(),
    description: z.string().trim().min(3).max(2000).optional(),
    ownerName: z.string().trim().min(2).max(120).nullable().optional(),
  })
  .strict();
export type UpdateActionInput = z.infer<typeof UpdateActionInput>;

export const ActionListQuery = z
  .object({
    status: ActionStatus.optional(),
    overdue: z.enum(['true', 'false']).optional(),
    correctiveOnly: z.enum(['true', 'false']).optional(),
    activityKind: ActivityKind.optional(),
    ownerInstitutionId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type ActionListQuery = z.infer<typeof ActionListQuery>;
export const ActionList = z.object({
  items: z.array(ActivityAction),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type ActionList = z.infer<typeof ActionList>;

// The report by kind, month, organiser and region

export const ReportDimension = z.enum(['kind', 'month', 'organiser', 'region']);
export type ReportDimension = z.infer<typeof ReportDimension>;

export const ActivityReportQuery = z
  .object({
    by: z
      .string()
      .default('kind,month,organiser,region')
      .transform((value) => value.split(',').map((part) => part.trim()))
      .pipe(z.array(ReportDimension).min(1).max(4))
      .meta({ description: 'Comma-separated dimensions: kind, month, organiser, region (province)' }),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    kind: ActivityKind.optional(),
    includeCancelled: z.enum(['true', 'false']).default('false'),
  })
  .strict();
export type ActivityReportQuery = z.infer<typeof ActivityReportQuery>;

export const ActivityReportRow = z.object({
  kind: ActivityKind.nullable(),
  month: z.string().nullable().meta({ description: 'YYYY-MM of the start date' }),
  organiserInstitutionId: z.string().nullable(),
  organiserName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  activities: z.number().int(),
  held: z.number().int(),
  participants: z.number().int(),
  budgetIdr: z.number().int(),
  realisedCostIdr: z.number().int(),
});
export type ActivityReportRow = z.infer<typeof ActivityReportRow>;

export const ActivityReport = z.object({
  dimensions: z.array(ReportDimension),
  rows: z.array(ActivityReportRow),
  totals: ActivityReportRow.omit({
    kind: true,
    month: true,
    organiserInstitutionId: true,
    organiserName: true,
    provinceCode: true,
    provinceName: true,
  }),
});
export type ActivityReport = z.infer<typeof ActivityReport>;
export const ActivityReportExportQuery = ActivityReportQuery.extend({ format: ExportFormat.default('xlsx') }).strict();

// Bimtek (training)

export const BimtekTargetGroup = z.enum(['pengelola', 'pendamping', 'mixed']);
export type BimtekTargetGroup = z.infer<typeof BimtekTargetGroup>;

const Score = z.number().min(0).max(100);

export const BimtekSettingsInput = z
  .object({
    targetGroup: BimtekTargetGroup,
    passMark: Score.meta({ description: 'Post-test score a certificate needs' }),
    minAttendancePercent: z.number().int().min(1).max(100),
    certificateType: StaffCertificationType,
    certificateLevel: CertificationLevel.nullable().optional(),
    certificateIssuer: z.string().trim().min(2).max(200),
    certificateValidMonths: z.number().int().min(1).max(240).nullable().optional(),
    topics: z
      .array(
        z
          .object({
            title: z.string().trim().min(2).max(200),
            hours: z.number().min(0.5).max(200),
            facilitator: z.string().trim().max(120).nullable().optional(),
          })
          .strict(),
      )
      .max(50),
  })
  .strict();
export type BimtekSettingsInput = z.infer<typeof BimtekSettingsInput>;

export const BimtekResultsInput = z
  .object({
    results: z
      .array(
        z
          .object({
            participantId: z.uuid(),
            attendedDays: z.number().int().min(0).max(366).nullable().optional(),
            preTestScore: Score.nullable().optional(),
            postTestScore: Score.nullable().optional(),
          })
          .strict(),
      )
      .min(1)
      .max(1000),
  })
  .strict();
export type BimtekResultsInput = z.infer<typeof BimtekResultsInput>;

export const IssueCertificatesInput = z
  .object({
    issuedOn: IsoDate,
    participantIds: z
      .array(z.uuid())
      .max(1000)
      .optional()
      .meta({ description: 'Default: every eligible participant without a certificate' }),
  })
  .strict();
export type IssueCertificatesInput = z.infer<typeof IssueCertificatesInput>;

export const BimtekSummary = z.object({
  participants: z.number().int(),
  withBothScores: z.number().int(),
  meanPreTest: z.number().nullable(),
  meanPostTest: z.number().nullable(),
  meanImprovement: z.number().nullable().meta({ description: 'Mean of post minus pre, in points' }),
  meanNormalisedGain: z.number().nullable().meta({ description: 'Mean of (post - pre) / (100 - pre), Hake' }),
  improved: z.number().int(),
  passed: z.number().int(),
  eligible: z.number().int(),
  certificatesIssued: z.number().int(),
  attendanceRate: z.number().nullable().meta({ description: 'Days attended over days offered, 0 to 1' }),
});
export type BimtekSummary = z.infer<typeof BimtekSummary>;

export const BimtekParticipantResult = Participant.extend({
  improvement: z.number().nullable(),
  isEligible: z.boolean(),
  ineligibleReason: z.enum(['attendance', 'post_test', 'scores_missing']).nullable(),
  certificate: z
    .object({
      id: z.string(),
      certificateNumber: z.string(),
      issuedOn: z.string(),
      validUntil: z.string().nullable(),
      staffCertificationId: z.string().nullable(),
    })
    .nullable(),
});
export type BimtekParticipantResult = z.infer<typeof BimtekParticipantResult>;

export const Bimtek = z
  .object({
    activityId: z.string(),
    days: z.number().int(),
    targetGroup: BimtekTargetGroup,
    passMark: z.number(),
    minAttendancePercent: z.number().int(),
    certificateType: StaffCertificationType,
    certificateLevel: CertificationLevel.nullable(),
    certificateIssuer: z.string(),
    certificateValidMonths: z.number().int().nullable(),
    topics: z.array(
      z.object({ id: z.string(), title: z.string(), hours: z.number(), facilitator: z.string().nullable() }),
    ),
    totalHours: z.number(),
    participants: z.array(BimtekParticipantResult),
    summary: BimtekSummary,
    version: z.number().int(),
  })
  .meta({ id: 'Bimtek' });
export type Bimtek = z.infer<typeof Bimtek>;

// Supervision

export const ChecklistArea = z.enum([
  'staffing',
  'certification',
  'records_quality',
  'facilities',
  'service_standards',
]);
export type ChecklistArea = z.infer<typeof ChecklistArea>;
export const CHECKLIST_AREAS = ChecklistArea.options;

export const ChecklistRating = z.enum(['met', 'partial', 'not_met', 'not_applicable']);
export type ChecklistRating = z.infer<typeof ChecklistRating>;

export const FindingSeverity = z.enum(['minor', 'major', 'critical']);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

export const ChecklistItem = z.object({
  id: z.string(),
  area: ChecklistArea,
  position: z.number().int(),
  text: z.string(),
  weight: z.number().int(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z
  .object({
    id: z.string(),
    version: z.number().int(),
    title: z.string(),
    isCurrent: z.boolean(),
    createdAt: z.string(),
    items: z.array(ChecklistItem),
    visits: z.number().int().meta({ description: 'Supervision visits scored with this version' }),
  })
  .meta({ id: 'SupervisionChecklist' });
export type Checklist = z.infer<typeof Checklist>;
export const ChecklistList = z.object({ items: z.array(Checklist) });
export type ChecklistList = z.infer<typeof ChecklistList>;

export const CreateChecklistInput = z
  .object({
    title: z.string().trim().min(3).max(200),
    items: z
      .array(
        z
          .object({
            area: ChecklistArea,
            text: z.string().trim().min(3).max(500),
            weight: z.number().int().min(1).max(10).default(1),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();
export type CreateChecklistInput = z.infer<typeof CreateChecklistInput>;

export const CreateSupervisionInput = ActivityFieldsInput.extend({
  institutionId: z.uuid().meta({ description: 'The Balai/Loka or IPWL visited' }),
}).strict();
export type CreateSupervisionInput = z.infer<typeof CreateSupervisionInput>;

export const Finding = z.object({
  id: z.string(),
  area: ChecklistArea,
  severity: FindingSeverity,
  description: z.string(),
  actions: z.array(ActivityAction),
});
export type Finding = z.infer<typeof Finding>;

export const AreaScore = z.object({ area: ChecklistArea, score: z.number().nullable(), rated: z.number().int() });

export const SupervisionVisit = z
  .object({
    activityId: z.string(),
    title: z.string(),
    status: ActivityStatus,
    startsOn: z.string(),
    endsOn: z.string(),
    institutionId: z.string(),
    institutionName: z.string(),
    institutionType: z.string(),
    organiserInstitutionId: z.string(),
    organiserName: z.string(),
    checklistId: z.string(),
    checklistVersion: z.number().int(),
    score: z.number().nullable().meta({ description: '0 to 100: met 1, partial 0.5, not met 0, weighted' }),
    answered: z.number().int(),
    items: z.number().int(),
    findings: z.number().int(),
    openActions: z.number().int(),
    overdueActions: z.number().int(),
    summary: z.string().nullable(),
  })
  .meta({ id: 'SupervisionVisit' });
export type SupervisionVisit = z.infer<typeof SupervisionVisit>;

export const SupervisionVisitList = z.object({ items: z.array(SupervisionVisit) });
export type SupervisionVisitList = z.infer<typeof SupervisionVisitList>;
export const SupervisionVisitListQuery = z
  .object({
    institutionId: z.uuid().optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .strict();
export type SupervisionVisitListQuery = z.infer<typeof SupervisionVisitListQuery>;

export const SupervisionDetail = SupervisionVisit.extend({
  checklist: z.array(ChecklistItem.extend({ rating: ChecklistRating.nullable(), note: z.string().nullable() })),
  areaScores: z.array(AreaScore),
  findingList: z.array(Finding),
  version: z.number().int(),
}).meta({ id: 'SupervisionDetail' });
export type SupervisionDetail = z.infer<typeof SupervisionDetail>;

export const SupervisionAnswersInput = z
  .object({
    answers: z
      .array(
        z
          .object({
            itemId: z.uuid(),
            rating: ChecklistRating,
            note: z.string().trim().max(1000).nullable().optional(),
          })
          .strict(),
      )
      .min(1)
      .max(200),
    summary: z.string().trim().max(5000).nullable().optional(),
  })
  .strict();
export type SupervisionAnswersInput = z.infer<typeof SupervisionAnswersInput>;

export const CreateFindingInput = z
  .object({
    area: ChecklistArea,
    severity: FindingSeverity,
    description: z.string().trim().min(3).max(2000),
    correctiveAction: z
      .object({ description: z.string().trim().min(3).max(2000), dueOn: IsoDate })
      .strict()
      .optional()
      .meta({ description: 'A corrective action, owned by the visited institution' }),
  })
  .strict();
export type CreateFindingInput = z.infer<typeof CreateFindingInput>;

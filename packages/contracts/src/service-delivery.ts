import { z } from 'zod';
import { AtensiComponent, IsoDate, ServiceSetting } from './atensi.js';
import { FrequencyPeriod, GoalProgress, PlanStatus } from './plans.js';
import { BilingualName, ServiceUnit } from './service-catalogue.js';
import { VocationalOutcome } from './vocational.js';

/** Where a service took place (a home visit's address stays in the sealed note, never here). */
export const ServiceLocation = z.enum(['institution', 'home', 'community', 'online', 'other']);
export type ServiceLocation = z.infer<typeof ServiceLocation>;

/** One person served (individual), or many in one session with attendance marked (group). */
export const SessionKind = z.enum(['individual', 'group']);
export type SessionKind = z.infer<typeof SessionKind>;

const Minutes = z.number().int().min(5).max(720).meta({ description: 'Minutes, 5 to 720; required for sessions' });
const Quantity = z
  .number()
  .int()
  .min(1)
  .max(1_000_000_000)
  .meta({ description: 'Items handed over, or the amount in rupiah; default 1' });
const Note = z.string().trim().max(2000).meta({ description: 'Sealed at rest' });

/** What a record may say about the goal it worked towards (a goal of the case's active plan). */
const GoalReport = {
  goalId: z.uuid().optional(),
  goalProgress: GoalProgress.optional().meta({ description: 'Needs `goalId`' }),
};

export const IndividualServiceInput = z
  .object({
    heldOn: IsoDate,
    catalogueItemId: z.uuid(),
    durationMinutes: Minutes.optional(),
    staffId: z.uuid().optional().meta({ description: 'Who gave the service; default: the caller’s staff record' }),
    location: ServiceLocation,
    quantity: Quantity.optional(),
    ...GoalReport,
    note: Note.optional(),
  })
  .strict();
export type IndividualServiceInput = z.infer<typeof IndividualServiceInput>;

export const GroupAttendeeInput = z
  .object({
    caseId: z.uuid(),
    attended: z.boolean().default(true),
    ...GoalReport,
    note: Note.optional(),
  })
  .strict();

export const GroupSessionInput = z
  .object({
    heldOn: IsoDate,
    catalogueItemId: z.uuid(),
    durationMinutes: Minutes.optional(),
    staffId: z.uuid().optional(),
    location: ServiceLocation,
    topic: z.string().trim().max(200).optional().meta({ description: 'The session’s theme (no names)' }),
    note: Note.optional(),
    attendees: z.array(GroupAttendeeInput).min(1).max(60),
  })
  .strict();
export type GroupSessionInput = z.infer<typeof GroupSessionInput>;

export const DaySheetEntryInput = z
  .object({
    caseId: z.uuid(),
    catalogueItemId: z.uuid(),
    durationMinutes: Minutes.optional(),
    location: ServiceLocation,
    quantity: Quantity.optional(),
    ...GoalReport,
    note: Note.optional(),
  })
  .strict();

/** A worker's day at once: several individual services, all recorded or none. */
export const DaySheetInput = z
  .object({
    heldOn: IsoDate,
    staffId: z.uuid().optional(),
    entries: z.array(DaySheetEntryInput).min(1).max(40),
  })
  .strict();
export type DaySheetInput = z.infer<typeof DaySheetInput>;

export const CatalogueItemRef = z.object({
  id: z.string(),
  code: z.string(),
  component: AtensiComponent,
  name: BilingualName,
  unit: ServiceUnit,
});
export type CatalogueItemRef = z.infer<typeof CatalogueItemRef>;

/** One service given to one person (an individual session, or their line of a group session). */
export const ServiceRecord = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    kind: SessionKind,
    caseId: z.string(),
    beneficiaryName: z.string(),
    heldOn: z.string(),
    catalogueItem: CatalogueItemRef,
    durationMinutes: z.number().int().nullable(),
    staffId: z.string(),
    staffName: z.string(),
    location: ServiceLocation,
    topic: z.string().nullable(),
    attended: z.boolean(),
    quantity: z.number().int(),
    goalId: z.string().nullable(),
    goalProgress: GoalProgress.nullable(),
    note: z.string().nullable(),
    attendeeCount: z.number().int().meta({ description: 'People on the session (1 for an individual one)' }),
    recordedByName: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'ServiceRecord' });
export type ServiceRecord = z.infer<typeof ServiceRecord>;

export const ServiceRecordList = z.object({ items: z.array(ServiceRecord), total: z.number().int() });
export type ServiceRecordList = z.infer<typeof ServiceRecordList>;

export const ServiceRecordListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();

export const ServiceSession = z
  .object({
    id: z.string(),
    kind: SessionKind,
    institutionId: z.string(),
    heldOn: z.string(),
    catalogueItem: CatalogueItemRef,
    durationMinutes: z.number().int().nullable(),
    staffId: z.string(),
    staffName: z.string(),
    location: ServiceLocation,
    topic: z.string().nullable(),
    note: z.string().nullable(),
    records: z.array(ServiceRecord),
    recordedAt: z.string(),
  })
  .meta({ id: 'ServiceSession' });
export type ServiceSession = z.infer<typeof ServiceSession>;

export const ServiceSessionList = z.object({ items: z.array(ServiceSession) });
export type ServiceSessionList = z.infer<typeof ServiceSessionList>;

export const ServiceSessionListQuery = z
  .object({
    on: IsoDate.optional().meta({ description: 'One day (default: today)' }),
    mine: z.enum(['true', 'false']).default('true').meta({ description: 'Only sessions the caller gave or recorded' }),
  })
  .strict();
export type ServiceSessionListQuery = z.infer<typeof ServiceSessionListQuery>;

/** A case that may receive services now (running, with an active plan), with its plan's goals to report on. */
export const ServiceableCase = z.object({
  caseId: z.string(),
  beneficiaryName: z.string(),
  status: z.string(),
  setting: ServiceSetting,
  assignedToMe: z.boolean(),
  goals: z.array(
    z.object({ id: z.string(), component: AtensiComponent, description: z.string(), progress: GoalProgress }),
  ),
});
export const ServiceableCaseList = z.object({ items: z.array(ServiceableCase) });
export type ServiceableCaseList = z.infer<typeof ServiceableCaseList>;

export const DischargeReason = z.enum(['completed', 'transferred', 'referred', 'dropped_out', 'other']);
export type DischargeReason = z.infer<typeof DischargeReason>;

export const AdmitInput = z
  .object({
    admittedOn: IsoDate,
    plannedDischargeOn: IsoDate.optional().meta({ description: 'Default: the active plan’s planned end' }),
  })
  .strict();
export type AdmitInput = z.infer<typeof AdmitInput>;

export const DischargeInput = z.object({ dischargedOn: IsoDate, reason: DischargeReason }).strict();
export type DischargeInput = z.infer<typeof DischargeInput>;

export const ResidentialStay = z
  .object({
    id: z.string(),
    caseId: z.string(),
    institutionId: z.string(),
    admittedOn: z.string(),
    plannedDischargeOn: z.string().nullable(),
    dischargedOn: z.string().nullable(),
    dischargeReason: DischargeReason.nullable(),
    isOpen: z.boolean(),
    daysSoFar: z.number().int().meta({ description: 'Days in residence up to discharge or today' }),
    overCapacity: z.boolean().meta({ description: 'The institution had more residents than beds at admission' }),
    version: z.number().int(),
  })
  .meta({ id: 'ResidentialStay' });
export type ResidentialStay = z.infer<typeof ResidentialStay>;
export const ResidentialStayList = z.object({ items: z.array(ResidentialStay) });

export const Occupancy = z
  .object({
    institutionId: z.string(),
    capacity: z.number().int().nullable(),
    occupied: z.number().int(),
    rate: z.number().nullable().meta({ description: 'occupied / capacity, 0 to 1 and above; null without capacity' }),
  })
  .meta({ id: 'Occupancy' });
export type Occupancy = z.infer<typeof Occupancy>;

/** Planned against delivered for one component of the active plan. */
export const ComponentProgress = z.object({
  component: AtensiComponent,
  planned: z.number().int().meta({ description: 'Occurrences over the whole plan' }),
  plannedToDate: z.number().int().meta({ description: 'Occurrences due by today' }),
  delivered: z.number().int().meta({ description: 'Services attended since the plan’s start' }),
  lastDeliveredOn: z.string().nullable(),
});
export type ComponentProgress = z.infer<typeof ComponentProgress>;

export const PlannedServiceProgress = z.object({
  planServiceId: z.string(),
  catalogueItem: CatalogueItemRef,
  frequency: z.object({ count: z.number().int(), period: FrequencyPeriod }),
  planned: z.number().int(),
  plannedToDate: z.number().int(),
  delivered: z.number().int(),
  quantityPlanned: z.number().int(),
  quantityDelivered: z.number().int(),
});

export const CaseProgress = z
  .object({
    caseId: z.string(),
    asOf: z.string(),
    plan: z
      .object({
        id: z.string(),
        revision: z.number().int(),
        status: PlanStatus,
        setting: ServiceSetting,
        startOn: z.string(),
        plannedEndOn: z.string(),
      })
      .nullable(),
    components: z.array(ComponentProgress),
    services: z.array(PlannedServiceProgress),
    unplanned: z
      .array(z.object({ catalogueItem: CatalogueItemRef, delivered: z.number().int() }))
      .meta({ description: 'Services delivered since the plan’s start that the plan did not list' }),
    goals: z.array(
      z.object({
        id: z.string(),
        component: AtensiComponent,
        description: z.string(),
        target: z.string(),
        targetDate: z.string().nullable(),
        progress: GoalProgress,
        progressOn: z.string().nullable(),
      }),
    ),
    attendance: z.object({ attended: z.number().int(), missed: z.number().int() }),
    stays: z.array(ResidentialStay),
    vocationalOutcomes: z.array(VocationalOutcome),
  })
  .meta({ id: 'CaseProgress' });
export type CaseProgress = z.infer<typeof CaseProgress>;

const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'month.format' })
  .meta({ description: 'A calendar month, YYYY-MM', example: '2026-03' });

export const ServiceSummaryQuery = z
  .object({
    from: Month.optional().meta({ description: 'Default: five months before `to`' }),
    to: Month.optional().meta({ description: 'Default: this month' }),
  })
  .strict();
export type ServiceSummaryQuery = z.infer<typeof ServiceSummaryQuery>;

export const ServiceSummaryExportQuery = ServiceSummaryQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
}).strict();
export type ServiceSummaryExportQuery = z.infer<typeof ServiceSummaryExportQuery>;

export const ServiceSummaryRow = z.object({
  month: z.string(),
  component: AtensiComponent,
  sessions: z.number().int().meta({ description: 'Sessions held (a group session counts once)' }),
  services: z.number().int().meta({ description: 'Services received (each attendee of a group counts)' }),
  beneficiaries: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'Different people served; null when suppressed (1 to 4, for national viewers)' }),
  minutes: z.number().int(),
});
export type ServiceSummaryRow = z.infer<typeof ServiceSummaryRow>;

export const ServiceSummary = z
  .object({
    institutionId: z.string(),
    institutionName: z.string(),
    from: z.string(),
    to: z.string(),
    months: z.array(z.string()),
    rows: z.array(ServiceSummaryRow),
    totals: z.array(ServiceSummaryRow.omit({ month: true })),
    occupancy: Occupancy.extend({
      byMonth: z.array(
        z.object({
          month: z.string(),
          admissions: z.number().int(),
          discharges: z.number().int(),
          bedDays: z.number().int(),
          averageOccupied: z.number(),
        }),
      ),
    }),
    smallCountsSuppressed: z.boolean(),
  })
  .meta({ id: 'ServiceSummary' });
export type ServiceSummary = z.infer<typeof ServiceSummary>;

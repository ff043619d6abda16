import type {
  ActionStatus,
  ActivityKind,
  ActivityStatus,
  BimtekTargetGroup,
  CertificationLevel,
  ChecklistArea,
  ChecklistRating,
  DocumentKind,
  FindingSeverity,
  ParticipantOrigin,
  StaffCertificationType,
} from '@atensi/contracts';
import {
  bigint,
  boolean,
  date,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** Mirrors migrations/0030_activities.sql. */
export const activities = pgTable('activities', {
  id: uuid('id').primaryKey(),
  kind: text('kind').$type<ActivityKind>().notNull(),
  title: text('title').notNull(),
  description: text('description'),
  status: text('status').$type<ActivityStatus>().notNull().default('planned'),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  venue: text('venue'),
  regionCode: text('region_code').notNull(),
  organiserInstitutionId: uuid('organiser_institution_id').notNull(),
  budgetIdr: bigint('budget_idr', { mode: 'number' }),
  realisedCostIdr: bigint('realised_cost_idr', { mode: 'number' }),
  outcomes: text('outcomes'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
});
export type ActivityRow = typeof activities.$inferSelect;

export const activityParticipants = pgTable('activity_participants', {
  id: uuid('id').primaryKey(),
  activityId: uuid('activity_id').notNull(),
  staffId: uuid('staff_id'),
  fullName: text('full_name').notNull(),
  origin: text('origin').$type<ParticipantOrigin>().notNull(),
  institutionId: uuid('institution_id'),
  position: text('position'),
  attended: boolean('attended').notNull().default(true),
  attendedDays: integer('attended_days'),
  preTestScore: numeric('pre_test_score', { precision: 5, scale: 2, mode: 'number' }),
  postTestScore: numeric('post_test_score', { precision: 5, scale: 2, mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});
export type ParticipantRow = typeof activityParticipants.$inferSelect;

export const activityHeadcounts = pgTable(
  'activity_headcounts',
  {
    activityId: uuid('activity_id').notNull(),
    origin: text('origin').$type<ParticipantOrigin>().notNull(),
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.activityId, table.origin] })],
);

export const activityDocuments = pgTable('activity_documents', {
  id: uuid('id').primaryKey(),
  activityId: uuid('activity_id').notNull(),
  kind: text('kind').$type<DocumentKind>().notNull(),
  title: text('title').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  uploadedBy: uuid('uploaded_by'),
});
export type DocumentRow = typeof activityDocuments.$inferSelect;

export const activityActions = pgTable('activity_actions', {
  id: uuid('id').primaryKey(),
  activityId: uuid('activity_id').notNull(),
  findingId: uuid('finding_id'),
  description: text('description').notNull(),
  ownerInstitutionId: uuid('owner_institution_id'),
  ownerName: text('owner_name'),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  status: text('status').$type<ActionStatus>().notNull().default('open'),
  doneOn: date('done_on', { mode: 'string' }),
  progressNote: text('progress_note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  version: integer('version').notNull().default(1),
});
export type ActionRow = typeof activityActions.$inferSelect;

export const bimtekDetails = pgTable('bimtek_details', {
  activityId: uuid('activity_id').primaryKey(),
  targetGroup: text('target_group').$type<BimtekTargetGroup>().notNull().default('mixed'),
  passMark: numeric('pass_mark', { precision: 5, scale: 2, mode: 'number' }).notNull().default(70),
  minAttendancePercent: integer('min_attendance_percent').notNull().default(80),
  certificateType: text('certificate_type').$type<StaffCertificationType>().notNull().default('other'),
  certificateLevel: text('certificate_level').$type<CertificationLevel>(),
  certificateIssuer: text('certificate_issuer').notNull(),
  certificateValidMonths: integer('certificate_valid_months'),
  version: integer('version').notNull().default(1),
});
export type BimtekRow = typeof bimtekDetails.$inferSelect;

export const bimtekTopics = pgTable('bimtek_topics', {
  id: uuid('id').primaryKey(),
  activityId: uuid('activity_id').notNull(),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  hours: numeric('hours', { precision: 6, scale: 2, mode: 'number' }).notNull(),
  facilitator: text('facilitator'),
});

export const bimtekCertificates = pgTable('bimtek_certificates', {
  id: uuid('id').primaryKey(),
  activityId: uuid('activity_id').notNull(),
  participantId: uuid('participant_id').notNull(),
  certificateNumber: text('certificate_number').notNull(),
  issuedOn: date('issued_on', { mode: 'string' }).notNull(),
  validUntil: date('valid_until', { mode: 'string' }),
  staffCertificationId: uuid('staff_certification_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});
export type BimtekCertificateRow = typeof bimtekCertificates.$inferSelect;

export const supervisionChecklists = pgTable('supervision_checklists', {
  id: uuid('id').primaryKey(),
  version: integer('version').notNull(),
  title: text('title').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});

export const supervisionChecklistItems = pgTable('supervision_checklist_items', {
  id: uuid('id').primaryKey(),
  checklistId: uuid('checklist_id').notNull(),
  area: text('area').$type<ChecklistArea>().notNull(),
  position: integer('position').notNull(),
  text: text('text').notNull(),
  weight: integer('weight').notNull().default(1),
});
export type ChecklistItemRow = typeof supervisionChecklistItems.$inferSelect;

export const supervisionVisits = pgTable('supervision_visits', {
  activityId: uuid('activity_id').primaryKey(),
  institutionId: uuid('institution_id').notNull(),
  checklistId: uuid('checklist_id').notNull(),
  score: numeric('score', { precision: 5, scale: 2, mode: 'number' }),
  summary: text('summary'),
});
export type VisitRow = typeof supervisionVisits.$inferSelect;

export const supervisionAnswers = pgTable(
  'supervision_answers',
  {
    activityId: uuid('activity_id').notNull(),
    itemId: uuid('item_id').notNull(),
    rating: text('rating').$type<ChecklistRating>().notNull(),
    note: text('note'),
  },
  (table) => [primaryKey({ columns: [table.activityId, table.itemId] })],
);

export const supervisionFindings = pgTable('supervision_findings', {
  id: uuid('id').primaryKey(),
  activityId: uuid('activity_id').notNull(),
  area: text('area').$type<ChecklistArea>().notNull(),
  severity: text('severity').$type<FindingSeverity>().notNull(),
  description: text('description').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});
export type FindingRow = typeof supervisionFindings.$inferSelect;

// Every table the API knows, for Drizzle's typed queries. Each module owns its `<domain>.table.ts`;
// the SQL that creates them lives in apps/api/migrations.
import {
  activities,
  activityActions,
  activityDocuments,
  activityHeadcounts,
  activityParticipants,
  bimtekCertificates,
  bimtekDetails,
  bimtekTopics,
  supervisionAnswers,
  supervisionChecklistItems,
  supervisionChecklists,
  supervisionFindings,
  supervisionVisits,
} from './modules/activities/activities.table.js';
import { caseNotes, followUps } from './modules/aftercare/aftercare.table.js';
import { alerts } from './modules/alerts/alerts.table.js';
import { assessments } from './modules/assessment/assessment.table.js';
import { auditAnchors, auditChainHeads, auditEvents } from './modules/audit/audit.table.js';
import { apiTokens, loginThrottles, sessions } from './modules/auth/auth.table.js';
import { beneficiaries } from './modules/beneficiaries/beneficiaries.table.js';
import { campaigns } from './modules/campaigns/campaigns.table.js';
import { caseEvents, cases, reportCardCounters } from './modules/cases/cases.table.js';
import { consents, disclosures } from './modules/consents/consents.table.js';
import { dtksChecks, dtksInclusionProposals, dtksStatuses, dtksStatusHistory } from './modules/dtks/dtks.table.js';
import {
  institutionAccreditations,
  institutionDesignations,
  institutionHistory,
  institutionRequirements,
  institutionSuspensions,
  institutions,
  partnerships,
} from './modules/institutions/institutions.table.js';
import { instrumentVersions } from './modules/instruments/instruments.table.js';
import { interventionPlans, planEvents, planGoals, planServices } from './modules/plans/plans.table.js';
import { referrals } from './modules/referrals/referrals.table.js';
import { regions } from './modules/regions/regions.table.js';
import { screenings } from './modules/screening/screening.table.js';
import { serviceCatalogueItems } from './modules/service-catalogue/service-catalogue.table.js';
import {
  residentialStays,
  serviceRecords,
  serviceSessions,
} from './modules/service-delivery/service-delivery.table.js';
import { socialAidRequests } from './modules/social-aid/social-aid.table.js';
import {
  surveyAnswers,
  surveyOptions,
  surveyQuestions,
  surveyResponses,
  surveys,
} from './modules/surveys/surveys.table.js';
import { users } from './modules/users/users.table.js';
import { vocationalOutcomes } from './modules/vocational/vocational.table.js';
import { staff, staffCertifications } from './modules/workforce/workforce.table.js';
import { idempotencyKeys, outboxEvents, referenceDatasets } from './platform/db/platform.table.js';

export const schema = {
  activities,
  activityActions,
  activityDocuments,
  activityHeadcounts,
  activityParticipants,
  bimtekCertificates,
  bimtekDetails,
  bimtekTopics,
  campaigns,
  supervisionAnswers,
  supervisionChecklistItems,
  supervisionChecklists,
  supervisionFindings,
  supervisionVisits,
  surveyAnswers,
  surveyOptions,
  surveyQuestions,
  surveyResponses,
  surveys,
  alerts,
  apiTokens,
  assessments,
  auditAnchors,
  auditChainHeads,
  auditEvents,
  beneficiaries,
  caseEvents,
  caseNotes,
  cases,
  consents,
  disclosures,
  dtksChecks,
  dtksInclusionProposals,
  dtksStatuses,
  dtksStatusHistory,
  followUps,
  idempotencyKeys,
  institutionAccreditations,
  institutionDesignations,
  institutionHistory,
  institutionRequirements,
  institutionSuspensions,
  institutions,
  instrumentVersions,
  interventionPlans,
  loginThrottles,
  outboxEvents,
  partnerships,
  planEvents,
  planGoals,
  planServices,
  referenceDatasets,
  referrals,
  reportCardCounters,
  residentialStays,
  regions,
  screenings,
  serviceCatalogueItems,
  serviceRecords,
  serviceSessions,
  sessions,
  socialAidRequests,
  staff,
  staffCertifications,
  users,
  vocationalOutcomes,
};

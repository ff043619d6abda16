import activitiesEn from './activities.en.json';
import assessmentEn from './assessment.en.json';
import campaignsEn from './campaigns.en.json';
import caseloadEn from './caseload.en.json';
import type { id } from './catalogues';
import dtksEn from './dtks.en.json';
import enCore from './en.json';
import plansEn from './plans.en.json';
import reportsEn from './reports.en.json';
import screeningEn from './screening.en.json';
import servicesEn from './services.en.json';
import socialAidEn from './socialAid.en.json';
import surveysEn from './surveys.en.json';

// English, loaded when the user chooses it (i18n.ts); it must have every key of Indonesian.
export const en = {
  ...enCore,
  assessment: assessmentEn,
  caseload: caseloadEn,
  reports: reportsEn,
  screening: screeningEn,
  plans: plansEn,
  services: servicesEn,
  dtks: dtksEn,
  socialAid: socialAidEn,
  activities: activitiesEn,
  campaigns: campaignsEn,
  surveys: surveysEn,
} satisfies typeof id;

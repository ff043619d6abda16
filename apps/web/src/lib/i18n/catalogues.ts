import activitiesEn from './activities.en.json';
import activitiesId from './activities.id.json';
import assessmentEn from './assessment.en.json';
import assessmentId from './assessment.id.json';
import campaignsEn from './campaigns.en.json';
import campaignsId from './campaigns.id.json';
import caseloadEn from './caseload.en.json';
import caseloadId from './caseload.id.json';
import dtksEn from './dtks.en.json';
import dtksId from './dtks.id.json';
import enCore from './en.json';
import idCore from './id.json';
import plansEn from './plans.en.json';
import plansId from './plans.id.json';
import reportsEn from './reports.en.json';
import reportsId from './reports.id.json';
import screeningEn from './screening.en.json';
import screeningId from './screening.id.json';
import servicesEn from './services.en.json';
import servicesId from './services.id.json';
import socialAidEn from './socialAid.en.json';
import socialAidId from './socialAid.id.json';
import surveysEn from './surveys.en.json';
import surveysId from './surveys.id.json';

// The UI's strings: `id.json` / `en.json` hold the shell and the first features; a feature added later keeps its own
// pair of files here, `<feature>.id.json` and `<feature>.en.json`, each the content of one top-level key, and adds
// one line to each object below. Indonesian is the source of truth: every other language must have its keys.

export const id = {
  ...idCore,
  assessment: assessmentId,
  caseload: caseloadId,
  reports: reportsId,
  screening: screeningId,
  plans: plansId,
  services: servicesId,
  dtks: dtksId,
  socialAid: socialAidId,
  activities: activitiesId,
  campaigns: campaignsId,
  surveys: surveysId,
};

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

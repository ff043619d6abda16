import activitiesId from './activities.id.json';
import assessmentId from './assessment.id.json';
import campaignsId from './campaigns.id.json';
import caseloadId from './caseload.id.json';
import dtksId from './dtks.id.json';
import idCore from './id.json';
import plansId from './plans.id.json';
import reportsId from './reports.id.json';
import screeningId from './screening.id.json';
import servicesId from './services.id.json';
import socialAidId from './socialAid.id.json';
import surveysId from './surveys.id.json';

// The UI's strings: `id.json` / `en.json` hold the shell and the first features; a feature added later keeps its own
// pair of files here, `<feature>.id.json` and `<feature>.en.json`, each the content of one top-level key, and adds
// one line to this object and to the one in catalogues.en.ts (loaded only when English is chosen, so
// the first load carries one language). Indonesian is the source of truth: every other language must have its keys.

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

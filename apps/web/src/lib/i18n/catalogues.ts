import activitiesEn from './activities.en.json';
import activitiesId from './activities.id.json';
import campaignsEn from './campaigns.en.json';
import campaignsId from './campaigns.id.json';
import enCore from './en.json';
import idCore from './id.json';
import surveysEn from './surveys.en.json';
import surveysId from './surveys.id.json';

// The UI's strings: `id.json` / `en.json` hold the shell and the first features; a feature added later keeps its own
// pair of files here, `<feature>.id.json` and `<feature>.en.json`, each the content of one top-level key, and adds
// one line to each object below. Indonesian is the source of truth: every other language must have its keys.

export const id = {
  ...idCore,
  activities: activitiesId,
  campaigns: campaignsId,
  surveys: surveysId,
};

export const en = {
  ...enCore,
  activities: activitiesEn,
  campaigns: campaignsEn,
  surveys: surveysEn,
} satisfies typeof id;

import caseloadEn from './caseload.en.json';
import caseloadId from './caseload.id.json';
import enCore from './en.json';
import idCore from './id.json';

// The UI's strings: `id.json` / `en.json` hold the shell and the first features; a feature added later keeps its own
// pair of files here, `<feature>.id.json` and `<feature>.en.json`, each the content of one top-level key, and adds
// one line to each object below. Indonesian is the source of truth: every other language must have its keys.

export const id = {
  ...idCore,
  caseload: caseloadId,
};

export const en = {
  ...enCore,
  caseload: caseloadEn,
} satisfies typeof id;

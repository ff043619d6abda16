-- Instruments as versioned data (issue 6, ADR 0009). Every distinct definition of an instrument (wording, options and
-- weights, skip rules, bands) is kept as a numbered revision; screenings and assessments point at the revision they
-- were made with, so that a later change of an instrument never changes history.
CREATE TABLE instrument_versions (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  instrument text NOT NULL CHECK (instrument IN ('assist-3.0', 'asesmen-lanjut-1')),
  revision integer NOT NULL CHECK (revision >= 1),
  -- sha256 of the definition as the code wrote it: the same definition is never stored twice.
  checksum text NOT NULL,
  definition jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (instrument, revision),
  UNIQUE (instrument, checksum)
);

-- Screenings made before this migration have scoring_version 1 and no link: revision 1 is the same definition.
-- From now on scoring_version is the revision number, and instrument_version_id the revision itself.
ALTER TABLE screenings ADD COLUMN instrument_version_id uuid REFERENCES instrument_versions (id);
ALTER TABLE assessments ADD COLUMN instrument_version_id uuid REFERENCES instrument_versions (id);

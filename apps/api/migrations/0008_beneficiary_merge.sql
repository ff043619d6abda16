-- Merging duplicate registrations (issue 5): the duplicate stays, pointing at the record it was merged into, so
-- old links and the audit trail keep their meaning; its cases, consents and disclosures move to the kept record.
ALTER TABLE beneficiaries
  ADD COLUMN merged_into_id uuid REFERENCES beneficiaries (id),
  ADD COLUMN merged_at timestamptz,
  ADD CONSTRAINT beneficiaries_merge_consistent CHECK ((merged_into_id IS NULL) = (merged_at IS NULL)),
  ADD CONSTRAINT beneficiaries_merge_not_self CHECK (merged_into_id IS NULL OR merged_into_id <> id);
CREATE INDEX beneficiaries_merged_idx ON beneficiaries (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- Further assessment (asesmen lanjut, issue 6): one per case, saved as a draft until completed. Ratings, needs and
-- the recommendation are structured (for reporting); every note is sealed together in `notes_cipher` (ADR 0007).
CREATE TABLE assessments (
  case_id uuid PRIMARY KEY REFERENCES cases (id),
  status text NOT NULL CHECK (status IN ('draft', 'completed')),
  ratings jsonb NOT NULL DEFAULT '{}',
  urine_test jsonb,
  needs jsonb NOT NULL DEFAULT '{}',
  stage_of_change text CHECK (stage_of_change IN ('precontemplation', 'contemplation', 'preparation', 'action', 'maintenance')),
  medical_rehab text CHECK (medical_rehab IN ('none', 'outpatient_referral', 'inpatient_referral')),
  social_setting text CHECK (social_setting IN ('family_based', 'community_based', 'residential')),
  notes_cipher text,
  completed_at timestamptz,
  completed_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'completed') = (completed_at IS NOT NULL))
);

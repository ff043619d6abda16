-- Consent, disclosures, referrals, aftercare follow-ups and case notes (issue 5). Free text is sealed by the
-- application (`*_cipher`, ADR 0007).

CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  beneficiary_id uuid NOT NULL REFERENCES beneficiaries (id),
  purpose text NOT NULL CHECK (purpose IN ('referral', 'medical_rehab', 'social_aid', 'dtks', 'other')),
  -- Data categories covered by the consent.
  categories text[] NOT NULL CHECK (categories <@ ARRAY['identity', 'contact', 'screening', 'assessment', 'case']::text[]
    AND cardinality(categories) > 0),
  -- Null: any institution the purpose needs; otherwise that institution only.
  recipient_institution_id uuid REFERENCES institutions (id),
  given_by text NOT NULL CHECK (given_by IN ('person', 'guardian')),
  given_on date NOT NULL,
  expires_on date,
  revoked_on date,
  note_cipher text,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  CHECK (expires_on IS NULL OR expires_on >= given_on),
  CHECK (revoked_on IS NULL OR revoked_on >= given_on)
);
CREATE INDEX consents_beneficiary_idx ON consents (beneficiary_id);

-- The accounting of disclosures: every time a person's data left the institution that holds it.
CREATE TABLE disclosures (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  beneficiary_id uuid NOT NULL REFERENCES beneficiaries (id),
  case_id uuid REFERENCES cases (id),
  from_institution_id uuid NOT NULL REFERENCES institutions (id),
  recipient_institution_id uuid NOT NULL REFERENCES institutions (id),
  purpose text NOT NULL,
  categories text[] NOT NULL,
  consent_id uuid NOT NULL REFERENCES consents (id),
  disclosed_at timestamptz NOT NULL DEFAULT now(),
  disclosed_by uuid REFERENCES users (id)
);
CREATE INDEX disclosures_beneficiary_idx ON disclosures (beneficiary_id, disclosed_at);

CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  case_id uuid NOT NULL REFERENCES cases (id),
  from_institution_id uuid NOT NULL REFERENCES institutions (id),
  to_institution_id uuid NOT NULL REFERENCES institutions (id),
  -- transfer: the case moves to the receiver; service: the receiver gives a service (medical rehab, social aid)
  -- and reports back, the case stays.
  kind text NOT NULL CHECK (kind IN ('transfer', 'service')),
  reason_cipher text NOT NULL,
  documents text[] NOT NULL DEFAULT '{}',
  consent_id uuid NOT NULL REFERENCES consents (id),
  status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled', 'completed')),
  due_on date NOT NULL,
  responded_at timestamptz,
  responded_by uuid REFERENCES users (id),
  decline_reason_cipher text,
  outcome_cipher text,
  outcome_reported_at timestamptz,
  escalated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (from_institution_id <> to_institution_id),
  CHECK (status <> 'declined' OR decline_reason_cipher IS NOT NULL)
);
CREATE INDEX referrals_case_idx ON referrals (case_id);
CREATE INDEX referrals_to_idx ON referrals (to_institution_id, status);
CREATE INDEX referrals_from_idx ON referrals (from_institution_id, status);
-- One open referral of a case at a time.
CREATE UNIQUE INDEX referrals_one_pending_idx ON referrals (case_id) WHERE status = 'pending';

CREATE TABLE follow_ups (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  case_id uuid NOT NULL REFERENCES cases (id),
  months_after integer NOT NULL CHECK (months_after > 0),
  due_on date NOT NULL,
  done_on date,
  substance_use text CHECK (substance_use IN ('none', 'occasional', 'relapse')),
  work_or_school text CHECK (work_or_school IN ('working', 'studying', 'neither')),
  housing text CHECK (housing IN ('stable', 'unstable', 'homeless')),
  family_relations text CHECK (family_relations IN ('good', 'strained', 'broken')),
  legal_problems boolean,
  note_cipher text,
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (case_id, months_after),
  CHECK ((done_on IS NULL) = (substance_use IS NULL))
);
CREATE INDEX follow_ups_due_idx ON follow_ups (due_on) WHERE done_on IS NULL;

CREATE TABLE case_notes (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  case_id uuid NOT NULL REFERENCES cases (id),
  body_cipher text NOT NULL,
  author_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_notes_case_idx ON case_notes (case_id, created_at);

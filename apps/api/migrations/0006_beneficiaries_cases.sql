-- Beneficiaries and cases (issue 5). Identifiers, contact details and every free-text note are stored sealed
-- (AES-256-GCM, `*_cipher` columns, key id inside) by the application; exact NIK and KK lookups go through keyed
-- hashes (`*_hash`, the blind index). Names, sex, birth date and region stay in clear for search and duplicate
-- checks (ADR 0007).

CREATE TABLE beneficiaries (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  registered_institution_id uuid NOT NULL REFERENCES institutions (id),
  nik_cipher text,
  nik_hash text,
  no_nik_reason_cipher text,
  kk_cipher text,
  kk_hash text,
  full_name text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 120),
  aliases text[] NOT NULL DEFAULT '{}',
  sex text NOT NULL CHECK (sex IN ('M', 'F')),
  birth_date date NOT NULL,
  birth_place text,
  region_code text NOT NULL REFERENCES regions (code),
  address_cipher text,
  phone_cipher text,
  guardian_cipher text,
  education text CHECK (education IN ('none', 'primary', 'junior_secondary', 'senior_secondary', 'diploma', 'bachelor', 'postgraduate')),
  employment text CHECK (employment IN ('unemployed', 'student', 'informal', 'employed', 'self_employed', 'other')),
  marital_status text CHECK (marital_status IN ('single', 'married', 'divorced', 'widowed')),
  disabilities text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  -- A person has a NIK or a reason for not having one.
  CHECK ((nik_hash IS NULL) = (nik_cipher IS NULL)),
  CHECK (nik_hash IS NOT NULL OR no_nik_reason_cipher IS NOT NULL)
);
CREATE UNIQUE INDEX beneficiaries_nik_hash_idx ON beneficiaries (nik_hash) WHERE nik_hash IS NOT NULL;
CREATE INDEX beneficiaries_kk_hash_idx ON beneficiaries (kk_hash) WHERE kk_hash IS NOT NULL;
CREATE INDEX beneficiaries_name_trgm_idx ON beneficiaries USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX beneficiaries_birth_date_idx ON beneficiaries (birth_date, region_code);
CREATE INDEX beneficiaries_institution_idx ON beneficiaries (registered_institution_id);

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  beneficiary_id uuid NOT NULL REFERENCES beneficiaries (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  status text NOT NULL CHECK (status IN ('intake', 'screening', 'family_based_rehab', 'further_assessment', 'planned',
    'in_service', 'reintegration', 'terminated', 'aftercare', 'closed')),
  intake_source text NOT NULL CHECK (intake_source IN ('self', 'family', 'bnn', 'police', 'court', 'institution',
    'outreach', 'other')),
  assigned_worker_id uuid REFERENCES users (id),
  opened_at timestamptz NOT NULL DEFAULT now(),
  opened_by uuid REFERENCES users (id),
  report_reporter text CHECK (report_reporter IN ('self', 'parent', 'family')),
  report_reported_on date,
  report_card_number text UNIQUE,
  assessment_completed boolean NOT NULL DEFAULT false,
  termination_reason text CHECK (termination_reason IN ('completed', 'dropped_out', 'referred_out', 'transferred',
    'relapsed', 'died')),
  terminated_on date,
  previous_case_id uuid REFERENCES cases (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((report_reporter IS NULL) = (report_card_number IS NULL)),
  CHECK (status NOT IN ('terminated', 'aftercare', 'closed') OR termination_reason IS NOT NULL)
);
CREATE INDEX cases_beneficiary_idx ON cases (beneficiary_id);
CREATE INDEX cases_institution_idx ON cases (institution_id, status);
CREATE INDEX cases_worker_idx ON cases (assigned_worker_id, status);
-- One running episode per person at a time.
CREATE UNIQUE INDEX cases_one_active_idx ON cases (beneficiary_id)
  WHERE status IN ('intake', 'screening', 'family_based_rehab', 'further_assessment', 'planned', 'in_service', 'reintegration');

CREATE TABLE case_events (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  case_id uuid NOT NULL REFERENCES cases (id),
  action text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  reason text,
  note_cipher text,
  occurred_on date NOT NULL,
  actor_id uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_events_case_idx ON case_events (case_id, recorded_at);

-- Kartu lapor diri numbers: one sequence per institution and year.
CREATE TABLE report_card_counters (
  institution_id uuid NOT NULL REFERENCES institutions (id),
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (institution_id, year)
);

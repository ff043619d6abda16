-- The institutions registry (issue 4): profile and capacity, name/parent history, IPWL designation, accreditation,
-- suspensions and requirements, partnerships between Balai/Loka and partners, the workforce and its certifications,
-- and the alerts the daily job raises.

ALTER TABLE institutions
  ADD COLUMN address text,
  ADD COLUMN phone text,
  ADD COLUMN email text,
  ADD COLUMN capacity_residential integer CHECK (capacity_residential >= 0),
  ADD COLUMN capacity_outpatient integer CHECK (capacity_outpatient >= 0),
  ADD COLUMN components text[] NOT NULL DEFAULT '{}',
  ADD COLUMN settings text[] NOT NULL DEFAULT '{}',
  ADD COLUMN valid_from date NOT NULL DEFAULT CURRENT_DATE,
  ADD COLUMN closed_on date,
  ADD COLUMN created_by uuid REFERENCES users (id),
  ADD CONSTRAINT institutions_period CHECK (closed_on IS NULL OR closed_on >= valid_from),
  ADD CONSTRAINT institutions_components CHECK (components <@ ARRAY['hidup_layak', 'perawatan_sosial',
    'dukungan_keluarga', 'terapi', 'vokasional_kewirausahaan', 'bantuan_asistensi_sosial', 'aksesibilitas']::text[]),
  ADD CONSTRAINT institutions_settings CHECK (settings <@ ARRAY['family_based', 'community_based', 'residential']::text[]);
CREATE INDEX institutions_region_idx ON institutions (region_code);

-- Names and parents over time: units are renamed and merged; a change closes one period and opens the next.
CREATE TABLE institution_history (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  valid_from date NOT NULL,
  valid_until date,
  name text NOT NULL,
  parent_id uuid REFERENCES institutions (id),
  reason text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by uuid REFERENCES users (id),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX institution_history_institution_idx ON institution_history (institution_id, valid_from);
-- One open period per institution.
CREATE UNIQUE INDEX institution_history_open_idx ON institution_history (institution_id) WHERE valid_until IS NULL;

INSERT INTO institution_history (institution_id, valid_from, name, parent_id, reason)
SELECT id, valid_from, name, parent_id, NULL FROM institutions;

CREATE TABLE institution_designations (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  decree_number text NOT NULL,
  decree_date date NOT NULL,
  ministry text NOT NULL CHECK (ministry IN ('kemensos', 'kemenkes', 'bnn')),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id)
);
CREATE INDEX institution_designations_institution_idx ON institution_designations (institution_id);

CREATE TABLE institution_accreditations (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  grade text NOT NULL CHECK (grade IN ('A', 'B', 'C')),
  issuer text NOT NULL,
  certificate_number text,
  valid_from date NOT NULL,
  valid_until date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  CHECK (valid_until >= valid_from)
);
CREATE INDEX institution_accreditations_institution_idx ON institution_accreditations (institution_id, valid_until);

CREATE TABLE institution_suspensions (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  reason text NOT NULL,
  suspended_on date NOT NULL,
  lifted_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  CHECK (lifted_on IS NULL OR lifted_on >= suspended_on)
);
CREATE UNIQUE INDEX institution_suspensions_open_idx ON institution_suspensions (institution_id) WHERE lifted_on IS NULL;

CREATE TABLE institution_requirements (
  institution_id uuid NOT NULL REFERENCES institutions (id),
  requirement text NOT NULL CHECK (requirement IN ('legal_entity_lks', 'napza_experience_one_year',
    'facilities_standard', 'provincial_recommendation')),
  met boolean NOT NULL,
  evidence text,
  verified_at timestamptz NOT NULL DEFAULT now(),
  verified_by uuid REFERENCES users (id),
  PRIMARY KEY (institution_id, requirement)
);

-- Agreements between a Balai/Loka and an IPWL or another partner: "the IPWL around a Balai" is a query.
CREATE TABLE partnerships (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  unit_id uuid NOT NULL REFERENCES institutions (id),
  partner_id uuid NOT NULL REFERENCES institutions (id),
  mou_number text NOT NULL,
  scope text,
  valid_from date NOT NULL,
  valid_until date,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (unit_id <> partner_id),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX partnerships_unit_idx ON partnerships (unit_id);
CREATE INDEX partnerships_partner_idx ON partnerships (partner_id);

CREATE TABLE staff (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  full_name text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 120),
  nik text CHECK (nik ~ '^\d{16}$'),
  role text NOT NULL CHECK (role IN ('pekerja_sosial', 'konselor_adiksi', 'tks', 'relawan', 'penyuluh', 'psikolog',
    'tenaga_medis', 'pengelola')),
  phone text,
  email text,
  employed_from date NOT NULL,
  employed_until date,
  user_id uuid UNIQUE REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (employed_until IS NULL OR employed_until >= employed_from)
);
CREATE INDEX staff_institution_idx ON staff (institution_id, role);
CREATE UNIQUE INDEX staff_nik_idx ON staff (nik) WHERE nik IS NOT NULL AND employed_until IS NULL;

CREATE TABLE staff_certifications (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  staff_id uuid NOT NULL REFERENCES staff (id),
  type text NOT NULL CHECK (type IN ('pekerja_sosial', 'konselor_adiksi', 'psikolog', 'tenaga_medis', 'other')),
  level text CHECK (level IN ('asisten', 'generalis', 'spesialis', 'ahli')),
  issuer text NOT NULL,
  certificate_number text,
  issued_on date NOT NULL,
  valid_until date,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  CHECK (valid_until IS NULL OR valid_until >= issued_on)
);
CREATE INDEX staff_certifications_staff_idx ON staff_certifications (staff_id);

-- Raised and resolved by the daily alerts job; one open alert per subject and kind.
CREATE TABLE alerts (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  kind text NOT NULL CHECK (kind IN ('institution_certification_expiring', 'institution_certification_expired',
    'staff_certification_expiring', 'staff_certification_expired', 'no_certified_social_worker',
    'no_certified_counsellor')),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  subject_id uuid NOT NULL,
  due_on date,
  raised_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz
);
CREATE UNIQUE INDEX alerts_open_idx ON alerts (kind, subject_id) WHERE resolved_at IS NULL;
CREATE INDEX alerts_institution_idx ON alerts (institution_id) WHERE resolved_at IS NULL;

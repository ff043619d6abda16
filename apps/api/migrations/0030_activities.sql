-- The Directorate's indirect services (issue 8, ADR 0011): one table of activities for the seven kinds, their
-- participants by origin, documents (files in the storage, metadata here), follow-up actions, bimtek results and
-- certificates, and supervision visits scored against a versioned checklist. No client data lives here.
CREATE TABLE activities (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  kind text NOT NULL CHECK (kind IN ('kampanye', 'bimtek', 'supervisi', 'refleksi_kebijakan', 'pedoman',
    'rakor_teknis', 'advokasi_sosial')),
  title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  description text,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  venue text,
  region_code text NOT NULL REFERENCES regions (code),
  organiser_institution_id uuid NOT NULL REFERENCES institutions (id),
  budget_idr bigint CHECK (budget_idr >= 0),
  realised_cost_idr bigint CHECK (realised_cost_idr >= 0),
  outcomes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX activities_period_idx ON activities (starts_on, kind);
CREATE INDEX activities_organiser_idx ON activities (organiser_institution_id, starts_on);

CREATE TABLE activity_participants (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  activity_id uuid NOT NULL REFERENCES activities (id),
  staff_id uuid REFERENCES staff (id),
  full_name text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 120),
  origin text NOT NULL CHECK (origin IN ('direktorat', 'balai_loka', 'ipwl', 'inspektorat', 'dinsos', 'other')),
  institution_id uuid REFERENCES institutions (id),
  position text,
  attended boolean NOT NULL DEFAULT true,
  -- Bimtek: days attended and test scores (0 to 100).
  attended_days integer CHECK (attended_days >= 0),
  pre_test_score numeric(5, 2) CHECK (pre_test_score BETWEEN 0 AND 100),
  post_test_score numeric(5, 2) CHECK (post_test_score BETWEEN 0 AND 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id)
);
CREATE INDEX activity_participants_activity_idx ON activity_participants (activity_id);
CREATE INDEX activity_participants_institution_idx ON activity_participants (institution_id);
CREATE UNIQUE INDEX activity_participants_staff_idx ON activity_participants (activity_id, staff_id)
  WHERE staff_id IS NOT NULL;

-- Attendees counted without names (an attendance sheet's totals), by origin; added to the named ones.
CREATE TABLE activity_headcounts (
  activity_id uuid NOT NULL REFERENCES activities (id),
  origin text NOT NULL CHECK (origin IN ('direktorat', 'balai_loka', 'ipwl', 'inspektorat', 'dinsos', 'other')),
  count integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (activity_id, origin)
);

CREATE TABLE activity_documents (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  activity_id uuid NOT NULL REFERENCES activities (id),
  kind text NOT NULL CHECK (kind IN ('minutes', 'report', 'guideline_draft', 'attendance_list', 'presentation',
    'photo', 'other')),
  title text NOT NULL,
  file_name text NOT NULL,
  -- Detected from the content, never taken from the upload's declared type.
  media_type text NOT NULL,
  size_bytes bigint NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key text NOT NULL UNIQUE,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  uploaded_by uuid REFERENCES users (id)
);
CREATE INDEX activity_documents_activity_idx ON activity_documents (activity_id);

-- Supervision (below) is created before the actions so a corrective action can name its finding.
CREATE TABLE supervision_checklists (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  version integer NOT NULL UNIQUE CHECK (version >= 1),
  title text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id)
);

CREATE TABLE supervision_checklist_items (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  checklist_id uuid NOT NULL REFERENCES supervision_checklists (id),
  area text NOT NULL CHECK (area IN ('staffing', 'certification', 'records_quality', 'facilities',
    'service_standards')),
  position integer NOT NULL,
  text text NOT NULL,
  weight integer NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 10),
  UNIQUE (checklist_id, position)
);

CREATE TABLE supervision_visits (
  activity_id uuid PRIMARY KEY REFERENCES activities (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  checklist_id uuid NOT NULL REFERENCES supervision_checklists (id),
  -- Kept with the answers (recomputed from them on every save), so lists and history need no recomputation.
  score numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
  summary text
);
CREATE INDEX supervision_visits_institution_idx ON supervision_visits (institution_id);

CREATE TABLE supervision_answers (
  activity_id uuid NOT NULL REFERENCES supervision_visits (activity_id),
  item_id uuid NOT NULL REFERENCES supervision_checklist_items (id),
  rating text NOT NULL CHECK (rating IN ('met', 'partial', 'not_met', 'not_applicable')),
  note text,
  PRIMARY KEY (activity_id, item_id)
);

CREATE TABLE supervision_findings (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  activity_id uuid NOT NULL REFERENCES supervision_visits (activity_id),
  area text NOT NULL CHECK (area IN ('staffing', 'certification', 'records_quality', 'facilities',
    'service_standards')),
  severity text NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
  description text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id)
);
CREATE INDEX supervision_findings_activity_idx ON supervision_findings (activity_id);

CREATE TABLE activity_actions (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  activity_id uuid NOT NULL REFERENCES activities (id),
  finding_id uuid REFERENCES supervision_findings (id),
  description text NOT NULL,
  owner_institution_id uuid REFERENCES institutions (id),
  owner_name text,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
  done_on date,
  progress_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'done') = (done_on IS NOT NULL))
);
CREATE INDEX activity_actions_activity_idx ON activity_actions (activity_id);
-- The follow-up board and the past-due lists: open actions by owner and due date.
CREATE INDEX activity_actions_open_idx ON activity_actions (owner_institution_id, due_on)
  WHERE status IN ('open', 'in_progress');

CREATE TABLE bimtek_details (
  activity_id uuid PRIMARY KEY REFERENCES activities (id),
  target_group text NOT NULL DEFAULT 'mixed' CHECK (target_group IN ('pengelola', 'pendamping', 'mixed')),
  pass_mark numeric(5, 2) NOT NULL DEFAULT 70 CHECK (pass_mark BETWEEN 0 AND 100),
  min_attendance_percent integer NOT NULL DEFAULT 80 CHECK (min_attendance_percent BETWEEN 1 AND 100),
  certificate_type text NOT NULL DEFAULT 'other' CHECK (certificate_type IN ('pekerja_sosial', 'konselor_adiksi',
    'psikolog', 'tenaga_medis', 'other')),
  certificate_level text CHECK (certificate_level IN ('asisten', 'generalis', 'spesialis', 'ahli')),
  certificate_issuer text NOT NULL,
  certificate_valid_months integer CHECK (certificate_valid_months BETWEEN 1 AND 240),
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE bimtek_topics (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  activity_id uuid NOT NULL REFERENCES bimtek_details (activity_id),
  position integer NOT NULL,
  title text NOT NULL,
  hours numeric(6, 2) NOT NULL CHECK (hours > 0),
  facilitator text,
  UNIQUE (activity_id, position)
);

-- A certificate per participant; for a participant of the staff registry it is also a staff certification.
CREATE TABLE bimtek_certificates (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  activity_id uuid NOT NULL REFERENCES bimtek_details (activity_id),
  participant_id uuid NOT NULL UNIQUE REFERENCES activity_participants (id),
  certificate_number text NOT NULL UNIQUE,
  issued_on date NOT NULL,
  valid_until date,
  staff_certification_id uuid REFERENCES staff_certifications (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  CHECK (valid_until IS NULL OR valid_until >= issued_on)
);
CREATE INDEX bimtek_certificates_activity_idx ON bimtek_certificates (activity_id);

-- Version 1 of the supervision checklist, the Directorate's starting point; it publishes new versions in the app.
INSERT INTO supervision_checklists (id, version, title) VALUES
  ('01930000-0000-7000-8000-0000000c1001', 1, 'Daftar periksa supervisi ATENSI (versi awal)');
INSERT INTO supervision_checklist_items (checklist_id, area, position, text, weight) VALUES
  ('01930000-0000-7000-8000-0000000c1001', 'staffing', 0, 'Rasio pekerja sosial terhadap klien paling banyak 1:7', 2),
  ('01930000-0000-7000-8000-0000000c1001', 'staffing', 1, 'Rasio konselor adiksi terhadap klien paling banyak 1:10', 2),
  ('01930000-0000-7000-8000-0000000c1001', 'staffing', 2, 'Ada pengelola yang ditunjuk dan struktur organisasi tertulis', 1),
  ('01930000-0000-7000-8000-0000000c1001', 'certification', 3, 'Lembaga memiliki penetapan IPWL dan akreditasi yang berlaku', 2),
  ('01930000-0000-7000-8000-0000000c1001', 'certification', 4, 'Pekerja sosial dan konselor memiliki sertifikat kompetensi yang berlaku', 2),
  ('01930000-0000-7000-8000-0000000c1001', 'records_quality', 5, 'Setiap klien memiliki hasil skrining ASSIST dan asesmen yang lengkap', 2),
  ('01930000-0000-7000-8000-0000000c1001', 'records_quality', 6, 'Rencana intervensi dan catatan layanan diperbarui setiap sesi', 1),
  ('01930000-0000-7000-8000-0000000c1001', 'records_quality', 7, 'Persetujuan (consent) klien tercatat sebelum rujukan', 1),
  ('01930000-0000-7000-8000-0000000c1001', 'facilities', 8, 'Ruang konseling menjamin privasi klien', 1),
  ('01930000-0000-7000-8000-0000000c1001', 'facilities', 9, 'Asrama, dapur dan sanitasi layak dan aman (bila residensial)', 1),
  ('01930000-0000-7000-8000-0000000c1001', 'service_standards', 10, 'Tujuh komponen ATENSI tersedia langsung atau melalui rujukan', 2),
  ('01930000-0000-7000-8000-0000000c1001', 'service_standards', 11, 'Bimbingan lanjut terjadwal setelah terminasi', 1);

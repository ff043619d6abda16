-- Service delivery (pelaksanaan ATENSI, issue 7). A session is one service given by a worker on a day: individual
-- (one person) or group (many people, attendance marked). Each person's line is a service record; component,
-- catalogue item, institution and day are copied onto it so that the reports (services per component per month)
-- and a case's progress read one table by index, at tens of millions of rows. Notes are sealed (ADR 0007).
CREATE TABLE service_sessions (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  kind text NOT NULL CHECK (kind IN ('individual', 'group')),
  catalogue_item_id uuid NOT NULL REFERENCES service_catalogue_items (id),
  component text NOT NULL CHECK (component IN ('hidup_layak', 'perawatan_sosial', 'dukungan_keluarga', 'terapi',
    'vokasional_kewirausahaan', 'bantuan_asistensi_sosial', 'aksesibilitas')),
  held_on date NOT NULL,
  duration_minutes integer CHECK (duration_minutes BETWEEN 5 AND 720),
  staff_id uuid NOT NULL REFERENCES staff (id),
  location text NOT NULL CHECK (location IN ('institution', 'home', 'community', 'online', 'other')),
  topic text CHECK (length(topic) <= 200),
  note_cipher text,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_sessions_institution_idx ON service_sessions (institution_id, held_on);
CREATE INDEX service_sessions_staff_idx ON service_sessions (staff_id, held_on);
CREATE INDEX service_sessions_recorder_idx ON service_sessions (recorded_by, held_on);

CREATE TABLE service_records (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  session_id uuid NOT NULL REFERENCES service_sessions (id),
  case_id uuid NOT NULL REFERENCES cases (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  catalogue_item_id uuid NOT NULL REFERENCES service_catalogue_items (id),
  component text NOT NULL CHECK (component IN ('hidup_layak', 'perawatan_sosial', 'dukungan_keluarga', 'terapi',
    'vokasional_kewirausahaan', 'bantuan_asistensi_sosial', 'aksesibilitas')),
  held_on date NOT NULL,
  attended boolean NOT NULL DEFAULT true,
  quantity bigint NOT NULL DEFAULT 1 CHECK (quantity >= 0),
  goal_id uuid REFERENCES plan_goals (id),
  goal_progress text CHECK (goal_progress IN ('not_started', 'in_progress', 'achieved')),
  note_cipher text,
  UNIQUE (session_id, case_id),
  CHECK (goal_progress IS NULL OR goal_id IS NOT NULL)
);
CREATE INDEX service_records_case_idx ON service_records (case_id, held_on);
CREATE INDEX service_records_institution_idx ON service_records (institution_id, held_on, component);

-- Residential stays: admission and discharge; bed occupancy is the open stays against `capacity_residential`.
CREATE TABLE residential_stays (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  case_id uuid NOT NULL REFERENCES cases (id),
  institution_id uuid NOT NULL REFERENCES institutions (id),
  admitted_on date NOT NULL,
  planned_discharge_on date,
  discharged_on date,
  discharge_reason text CHECK (discharge_reason IN ('completed', 'transferred', 'referred', 'dropped_out', 'other')),
  over_capacity boolean NOT NULL DEFAULT false,
  admitted_by uuid REFERENCES users (id),
  discharged_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (discharged_on IS NULL OR discharged_on >= admitted_on),
  CHECK (planned_discharge_on IS NULL OR planned_discharge_on > admitted_on),
  CHECK ((discharged_on IS NULL) = (discharge_reason IS NULL))
);
-- One open stay per case.
CREATE UNIQUE INDEX residential_stays_one_open_idx ON residential_stays (case_id) WHERE discharged_on IS NULL;
CREATE INDEX residential_stays_institution_idx ON residential_stays (institution_id, admitted_on);

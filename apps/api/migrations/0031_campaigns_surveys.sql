-- Prevention campaigns (an activity of kind kampanye with its channel and reach) and media surveys (issue 8).
CREATE TABLE campaigns (
  activity_id uuid PRIMARY KEY REFERENCES activities (id),
  channel text NOT NULL CHECK (channel IN ('tv', 'social_media', 'print', 'radio', 'talkshow', 'arts_culture',
    'concert', 'film', 'advertisement', 'other')),
  target_audience text NOT NULL CHECK (target_audience IN ('students', 'youth', 'parents', 'workers',
    'general_public', 'community_leaders', 'high_risk_groups', 'other')),
  audience_note text,
  audience_estimate bigint CHECK (audience_estimate >= 0),
  airings bigint CHECK (airings >= 0),
  impressions bigint CHECK (impressions >= 0),
  reach bigint CHECK (reach >= 0),
  engagements bigint CHECK (engagements >= 0),
  attendees bigint CHECK (attendees >= 0),
  copies_distributed bigint CHECK (copies_distributed >= 0),
  materials text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX campaigns_channel_idx ON campaigns (channel);

CREATE TABLE surveys (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  title text NOT NULL,
  description text,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  fieldwork_from date,
  fieldwork_to date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  version integer NOT NULL DEFAULT 1,
  CHECK (fieldwork_to IS NULL OR fieldwork_from IS NULL OR fieldwork_to >= fieldwork_from)
);

CREATE TABLE survey_questions (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  survey_id uuid NOT NULL REFERENCES surveys (id),
  position integer NOT NULL,
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  text text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('single', 'multiple')),
  UNIQUE (survey_id, code),
  UNIQUE (survey_id, position)
);

CREATE TABLE survey_options (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  question_id uuid NOT NULL REFERENCES survey_questions (id),
  position integer NOT NULL,
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  label text NOT NULL,
  UNIQUE (question_id, code),
  UNIQUE (question_id, position)
);

-- Anonymous respondents: where (a region code of any level), age group and sex; nothing else about them.
CREATE TABLE survey_responses (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  survey_id uuid NOT NULL REFERENCES surveys (id),
  region_code text NOT NULL REFERENCES regions (code),
  age_group text NOT NULL CHECK (age_group IN ('10_14', '15_19', '20_24', '25_34', '35_44', '45_59', '60_plus')),
  sex text NOT NULL CHECK (sex IN ('M', 'F')),
  source text NOT NULL CHECK (source IN ('form', 'csv')),
  import_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id)
);
CREATE INDEX survey_responses_survey_idx ON survey_responses (survey_id);

CREATE TABLE survey_answers (
  response_id uuid NOT NULL REFERENCES survey_responses (id),
  question_id uuid NOT NULL REFERENCES survey_questions (id),
  option_id uuid NOT NULL REFERENCES survey_options (id),
  PRIMARY KEY (response_id, option_id)
);
CREATE INDEX survey_answers_question_idx ON survey_answers (question_id, option_id);

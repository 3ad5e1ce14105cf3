-- Vacancies, their job analysis (jobanalyse, 003 ~4212–4399) and the job's competence profile
-- (competentieprofiel, 002 ~1257–1422). organisation_id is the coaching organisation that keeps
-- the vacancy; the employer's own organisation (employers.linked_organisation_id) may read it.
-- PostgreSQL 15+.

CREATE TABLE vacancies (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations(id),
  employer_id      uuid NOT NULL,
  site_id          uuid,
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- ESCO occupation as it was when saved (a later ESCO release does not rewrite the vacancy).
  esco_uri         text,
  esco_code        text,
  esco_label       text,
  -- Where the job is when no site is given (or more precisely than the site).
  address          text NOT NULL DEFAULT '' CHECK (length(address) <= 300),
  postcode         text NOT NULL DEFAULT '' CHECK (length(postcode) <= 20),
  city             text NOT NULL DEFAULT '' CHECK (length(city) <= 100),
  hours_per_week   numeric(4,2) CHECK (hours_per_week BETWEEN 0 AND 60),
  schedule_days    text[] NOT NULL DEFAULT '{}' CHECK (schedule_days <@ ARRAY['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  shifts           text[] NOT NULL DEFAULT '{}' CHECK (shifts <@ ARRAY['early', 'day', 'late', 'night', 'weekend']),
  wage_amount      numeric(12,2) CHECK (wage_amount > 0),
  wage_period      text CHECK (wage_period IN ('hour', 'day', 'week', 'month', 'year')),
  contract_kind    text NOT NULL DEFAULT 'other'
                   CHECK (contract_kind IN ('permanent', 'fixed_term', 'temp_agency', 'ibo_training', 'other')),
  start_date       date,
  description      text NOT NULL DEFAULT '' CHECK (length(description) <= 8000),
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed')),
  created_by       uuid NOT NULL REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  version          integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (organisation_id, id),
  CHECK ((esco_uri IS NULL) = (esco_code IS NULL) AND (esco_uri IS NULL) = (esco_label IS NULL)),
  CHECK ((wage_amount IS NULL) = (wage_period IS NULL)),
  FOREIGN KEY (organisation_id, employer_id) REFERENCES employers (organisation_id, id) ON DELETE CASCADE,
  -- the site belongs to the same employer; removing the site keeps the vacancy
  FOREIGN KEY (organisation_id, employer_id, site_id)
    REFERENCES employer_sites (organisation_id, employer_id, id) ON DELETE SET NULL (site_id)
);
CREATE INDEX vacancies_org_status ON vacancies (organisation_id, status, created_at DESC);
CREATE INDEX vacancies_employer ON vacancies (employer_id);

-- One job analysis per vacancy, created on the first save.
CREATE TABLE job_analyses (
  organisation_id        uuid NOT NULL,
  vacancy_id             uuid PRIMARY KEY,
  -- [{ task, steps: [..in order..], processContent, meetingPoints, normalTime, materials, qualityCriterion, likelyProblems }]
  tasks                  jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(tasks) = 'array'),
  -- { physical, cognitive, emotional, environment, other }
  key_characteristics    jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(key_characteristics) = 'object'),
  required_productivity  text NOT NULL DEFAULT '',
  quality_standards      text NOT NULL DEFAULT '',
  wage                   text NOT NULL DEFAULT '',
  hours_per_day          numeric(4,2) CHECK (hours_per_day BETWEEN 0 AND 24),
  accessibility          text NOT NULL DEFAULT '',
  health_and_safety      text NOT NULL DEFAULT '',
  company_culture        text NOT NULL DEFAULT '',
  work_environment       text NOT NULL DEFAULT '',
  social_aspects         text NOT NULL DEFAULT '',
  support_on_the_job     text NOT NULL DEFAULT '',
  natural_support        text NOT NULL DEFAULT '',
  transport              text NOT NULL DEFAULT '',
  updated_by             uuid NOT NULL REFERENCES users(id),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  version                integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  FOREIGN KEY (organisation_id, vacancy_id) REFERENCES vacancies (organisation_id, id) ON DELETE CASCADE
);

-- The competence profile of the job: item key → score 1–5 (common/competences.ts), validated by
-- the application (CompetenceScores); the same items as a client's capacity profile.
CREATE TABLE vacancy_competence_profiles (
  organisation_id  uuid NOT NULL,
  vacancy_id       uuid PRIMARY KEY,
  scores           jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(scores) = 'object'),
  notes            jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(notes) = 'object'),
  other_notes      text NOT NULL DEFAULT '' CHECK (length(other_notes) <= 4000),
  updated_by       uuid NOT NULL REFERENCES users(id),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  version          integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  FOREIGN KEY (organisation_id, vacancy_id) REFERENCES vacancies (organisation_id, id) ON DELETE CASCADE
);

-- The client's capacity profile (capaciteitenprofiel, seed 002 ~1257–1422) and structured
-- availability: what matching compares with a vacancy's competence profile and schedule. Both
-- belong to the vocational_profile data category. PostgreSQL 15+.

-- Every save is a new row, numbered 1, 2, 3… per client; the highest number is the current
-- profile and older ones stay readable. Scores, notes and gap closers are keyed by the
-- competence items of common/competences.ts, validated by the application (CapacityProfileInput).
CREATE TABLE capacity_profile_versions (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL,
  client_id        uuid NOT NULL,
  number           integer NOT NULL CHECK (number >= 1),
  assessed_on      date NOT NULL,
  -- item key → 1–5
  scores           jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(scores) = 'object'),
  -- item key → short note
  notes            jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(notes) = 'object'),
  -- item key → 'adaptation' | 'training' | 'coaching'
  gap_closers      jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(gap_closers) = 'object'),
  other_notes      text NOT NULL DEFAULT '' CHECK (length(other_notes) <= 4000),
  -- [{ item, situation, task, action, result, reflection }]
  starr            jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(starr) = 'array'),
  saved_by         uuid NOT NULL REFERENCES users(id),
  saved_at         timestamptz NOT NULL DEFAULT now(),
  -- also the index for "the newest version of this client"
  UNIQUE (client_id, number),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE
);

-- One row per client, created on the first save; empty lists and NULL mean "not stated".
-- The vocabularies are those of common/matching.ts (the vacancy form's lists).
CREATE TABLE client_availability (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id        uuid NOT NULL,
  client_id              uuid NOT NULL UNIQUE,
  max_hours_per_week     numeric(4,2) CHECK (max_hours_per_week BETWEEN 0 AND 60),
  days                   text[] NOT NULL DEFAULT '{}' CHECK (days <@ ARRAY['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  shifts                 text[] NOT NULL DEFAULT '{}' CHECK (shifts <@ ARRAY['early', 'day', 'late', 'night', 'weekend']),
  contracts              text[] NOT NULL DEFAULT '{}'
                         CHECK (contracts <@ ARRAY['permanent', 'fixed_term', 'temp_agency', 'ibo_training', 'other']),
  excluded_environment   text[] NOT NULL DEFAULT '{}' CHECK (excluded_environment <@ ARRAY[
                           'indoor', 'outdoor', 'noisy', 'quiet', 'cold', 'heat', 'wet', 'dust', 'fumes', 'heights', 'machines',
                           'vehicles', 'night_work', 'weekend_work', 'customer_contact', 'teamwork', 'working_alone', 'crowds',
                           'animals', 'food', 'standing_all_day', 'heavy_lifting']),
  preferred_environment  text[] NOT NULL DEFAULT '{}' CHECK (preferred_environment <@ ARRAY[
                           'indoor', 'outdoor', 'noisy', 'quiet', 'cold', 'heat', 'wet', 'dust', 'fumes', 'heights', 'machines',
                           'vehicles', 'night_work', 'weekend_work', 'customer_contact', 'teamwork', 'working_alone', 'crowds',
                           'animals', 'food', 'standing_all_day', 'heavy_lifting']),
  note                   text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  updated_by             uuid NOT NULL REFERENCES users(id),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  version                integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  -- an environment is never both excluded and preferred
  CHECK (NOT (excluded_environment && preferred_environment)),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE
);

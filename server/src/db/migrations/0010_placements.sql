-- The job-match checklist per vacancy and client (003 ~4403–4430), placements with their
-- agreement (werkervaringsstage, proefdag, snuffelstage, betaalde job: 003 ~1127–1232), securing
-- the job (de job verzekeren, 003 ~4432–4446) and the evaluations that follow. All of it is the
-- coaching organisation's record about its client. PostgreSQL 15+.

-- A placement names a vacancy of the same employer: the composite key below makes that a constraint.
ALTER TABLE vacancies ADD CONSTRAINT vacancies_org_employer_id UNIQUE (organisation_id, employer_id, id);

-- One checklist per pair, weighed before the client is proposed for the job. The answers are
-- { item: { answer, note } } for the items of common/schemas/matching.ts (validated by the app).
CREATE TABLE match_checklists (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL,
  vacancy_id       uuid NOT NULL,
  client_id        uuid NOT NULL,
  answers          jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(answers) = 'object'),
  duration_kind    text CHECK (duration_kind IN ('short_term', 'long_term', 'indefinite')),
  decision         text NOT NULL DEFAULT 'open' CHECK (decision IN ('open', 'propose', 'not_a_match')),
  decision_note    text NOT NULL DEFAULT '' CHECK (length(decision_note) <= 2000),
  -- The matching score and reasons when last saved, so the record shows what was weighed.
  score_at_save    numeric,
  reasons_at_save  jsonb CHECK (reasons_at_save IS NULL OR jsonb_typeof(reasons_at_save) = 'array'),
  version          integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by       uuid NOT NULL REFERENCES users(id),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (vacancy_id, client_id),
  FOREIGN KEY (organisation_id, vacancy_id) REFERENCES vacancies (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX match_checklists_client ON match_checklists (client_id);

CREATE TABLE placements (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL,
  client_id        uuid NOT NULL,
  employer_id      uuid NOT NULL,
  site_id          uuid,
  vacancy_id       uuid,
  kind             text NOT NULL CHECK (kind IN ('job_taster', 'work_experience', 'exploratory_internship', 'paid_job')),
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  start_date       date NOT NULL,
  -- Open-ended only for a paid job; the length rules (a taster at most 5 working days, a work
  -- experience placement over 12 weeks only with a reason) are common/placements.ts.
  end_date         date,
  hours_per_week   numeric(4,2) CHECK (hours_per_week BETWEEN 0 AND 60),
  extension_reason text NOT NULL DEFAULT '' CHECK (length(extension_reason) <= 2000),
  status           text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'ongoing', 'ended', 'stopped')),
  -- { goal, support, responsibilities, limits, insurance, reporting, evaluation }
  agreement        jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(agreement) = 'object'),
  -- Securing the job: hours and wage, support, productivity, quality, responsibilities, evaluation.
  securing         jsonb,
  created_by       uuid NOT NULL REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  version          integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (organisation_id, id),
  UNIQUE (organisation_id, client_id, id),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (end_date IS NOT NULL OR kind = 'paid_job'),
  CHECK (securing IS NULL OR (kind = 'paid_job' AND jsonb_typeof(securing) = 'object')),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE,
  -- The client's history: an employer record with placements is not removed.
  FOREIGN KEY (organisation_id, employer_id) REFERENCES employers (organisation_id, id),
  FOREIGN KEY (organisation_id, employer_id, site_id)
    REFERENCES employer_sites (organisation_id, employer_id, id) ON DELETE SET NULL (site_id),
  FOREIGN KEY (organisation_id, employer_id, vacancy_id)
    REFERENCES vacancies (organisation_id, employer_id, id) ON DELETE SET NULL (vacancy_id)
);
CREATE INDEX placements_client ON placements (client_id, start_date DESC);
CREATE INDEX placements_employer ON placements (employer_id);
CREATE INDEX placements_vacancy ON placements (vacancy_id) WHERE vacancy_id IS NOT NULL;

-- Evaluations of a placement: the first of a paid job is made automatically, due a month after
-- the start; the coach plans the others. Held ones carry an outcome.
CREATE TABLE placement_evaluations (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL,
  placement_id     uuid NOT NULL,
  client_id        uuid NOT NULL,
  due_on           date NOT NULL,
  held_on          date,
  outcome          text CHECK (outcome IN ('on_track', 'adjust', 'stop')),
  client_view      text NOT NULL DEFAULT '' CHECK (length(client_view) <= 4000),
  employer_view    text NOT NULL DEFAULT '' CHECK (length(employer_view) <= 4000),
  coach_view       text NOT NULL DEFAULT '' CHECK (length(coach_view) <= 4000),
  next_steps       text NOT NULL DEFAULT '' CHECK (length(next_steps) <= 4000),
  participants     text NOT NULL DEFAULT '' CHECK (length(participants) <= 1000),
  automatic        boolean NOT NULL DEFAULT false,
  version          integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by       uuid REFERENCES users(id),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((held_on IS NULL) = (outcome IS NULL)),
  -- the client is the placement's client
  FOREIGN KEY (organisation_id, client_id, placement_id) REFERENCES placements (organisation_id, client_id, id) ON DELETE CASCADE
);
CREATE INDEX placement_evaluations_placement ON placement_evaluations (placement_id, due_on);
CREATE INDEX placement_evaluations_client ON placement_evaluations (client_id);
CREATE INDEX placement_evaluations_due ON placement_evaluations (organisation_id, due_on) WHERE held_on IS NULL;

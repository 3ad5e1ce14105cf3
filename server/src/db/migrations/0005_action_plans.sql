-- The action plan (actieplan, EUSE 003 ~3757) and its evaluation. PostgreSQL 15+.

-- Every row is one version of a client's plan, numbered 1, 2, 3 per client. A version is a
-- draft until both the client and the SE-dienstverlener have agreed to it; then it is frozen
-- and a change means a new version. `version` is the edit counter for If-Match, as elsewhere.
CREATE TABLE action_plans (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id    uuid NOT NULL,
  client_id          uuid NOT NULL,
  number             integer NOT NULL CHECK (number >= 1),
  status             text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'agreed')),
  plan_date          date NOT NULL,
  follow_up_date     date,
  provider_name      text NOT NULL DEFAULT '' CHECK (length(provider_name) <= 200),
  items              jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(items) = 'array'),
  created_by         uuid NOT NULL REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  version            integer NOT NULL DEFAULT 1,
  -- "Ik heb dit plan mee uitgewerkt en ga ermee akkoord": one agreement per party, each with
  -- the name as given, the time, the account that gave it and, optionally, a drawn signature
  -- (a validated image/png data URL).
  client_agreed_name text CHECK (length(client_agreed_name) BETWEEN 1 AND 200),
  client_agreed_at   timestamptz,
  client_agreed_by   uuid REFERENCES users(id),
  client_signature   text,
  coach_agreed_name  text CHECK (length(coach_agreed_name) BETWEEN 1 AND 200),
  coach_agreed_at    timestamptz,
  coach_agreed_by    uuid REFERENCES users(id),
  coach_signature    text,
  UNIQUE (organisation_id, id),
  UNIQUE (client_id, number),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE,
  CHECK (follow_up_date IS NULL OR follow_up_date >= plan_date),
  CHECK ((client_agreed_at IS NULL) = (client_agreed_name IS NULL) AND (client_agreed_at IS NULL) = (client_agreed_by IS NULL)),
  CHECK ((coach_agreed_at IS NULL) = (coach_agreed_name IS NULL) AND (coach_agreed_at IS NULL) = (coach_agreed_by IS NULL)),
  CHECK (client_signature IS NULL OR client_agreed_at IS NOT NULL),
  CHECK (coach_signature IS NULL OR coach_agreed_at IS NOT NULL),
  CHECK ((status = 'agreed') = (client_agreed_at IS NOT NULL AND coach_agreed_at IS NOT NULL))
);
-- At most one draft per client: a new version starts only once the previous one is agreed.
CREATE UNIQUE INDEX action_plans_one_draft ON action_plans (client_id) WHERE status = 'draft';

-- The evaluation at the follow-up date (003 ~3507, "evalueren van het actieplan"): how each
-- item went, the overall outcome and the next step. One per agreed version.
CREATE TABLE action_plan_evaluations (
  plan_id         uuid PRIMARY KEY,
  organisation_id uuid NOT NULL,
  client_id       uuid NOT NULL,
  evaluated_on    date NOT NULL,
  outcome         text NOT NULL CHECK (outcome IN ('continue', 'adjust', 'achieved', 'stopped')),
  next_step       text NOT NULL DEFAULT '',
  participants    text NOT NULL DEFAULT '',
  items           jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(items) = 'array'),
  recorded_by     uuid NOT NULL REFERENCES users(id),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES action_plans (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX action_plan_evaluations_client ON action_plan_evaluations (client_id);

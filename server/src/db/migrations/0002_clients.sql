-- Client dossier, trajectories and consent (EUSE phases 1-2). PostgreSQL 15+.

-- Teams: a team lead sees the caseload of the team's coaches.
CREATE TABLE teams (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  UNIQUE (organisation_id, id)
);
CREATE TABLE team_members (
  organisation_id uuid NOT NULL,
  team_id         uuid NOT NULL,
  user_id         uuid NOT NULL,
  is_lead         boolean NOT NULL DEFAULT false,
  PRIMARY KEY (team_id, user_id),
  FOREIGN KEY (organisation_id, team_id) REFERENCES teams (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id)
);

-- The client record: identity and contact (the "persoonlijke gegevens" of the
-- beroepsoriënteringsschema). organisation_id is the job-coaching service that holds the dossier.
CREATE TABLE clients (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id     uuid NOT NULL REFERENCES organisations(id),
  user_id             uuid UNIQUE,  -- the client's own account, in the same organisation
  salutation          text NOT NULL DEFAULT '' CHECK (salutation IN ('', 'mr', 'mrs', 'ms', 'mx')),
  given_name          text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name         text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  birth_date          date,
  national_id_kind    text CHECK (national_id_kind IN ('be_rrn', 'nl_bsn')),
  national_id         text,
  address             text NOT NULL DEFAULT '',
  postcode            text NOT NULL DEFAULT '',
  city                text NOT NULL DEFAULT '',
  phone_home          text NOT NULL DEFAULT '',
  phone_mobile        text NOT NULL DEFAULT '',
  email               text NOT NULL DEFAULT '',
  next_of_kin         jsonb NOT NULL DEFAULT '{}'::jsonb,   -- naaste familie: relation, name, address, postcode
  emergency_phone     text NOT NULL DEFAULT '',
  professional_network jsonb NOT NULL DEFAULT '{}'::jsonb,  -- professioneel netwerk: name, address, phone
  religion_culture    text NOT NULL DEFAULT '',
  referrer            text NOT NULL DEFAULT '',
  created_at          timestamptz NOT NULL DEFAULT now(),
  version             integer NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, id),
  FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id),
  CHECK ((national_id IS NULL) = (national_id_kind IS NULL))
);
CREATE INDEX clients_org ON clients (organisation_id, family_name, given_name);

-- Need to know: one responsible coach, optional co-coaches.
CREATE TABLE client_assignments (
  organisation_id uuid NOT NULL,
  client_id       uuid NOT NULL,
  user_id         uuid NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('responsible', 'co_coach')),
  PRIMARY KEY (client_id, user_id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id)
);
CREATE UNIQUE INDEX client_one_responsible ON client_assignments (client_id) WHERE kind = 'responsible';
CREATE INDEX client_assignments_user ON client_assignments (user_id);

-- Support network: people the client names, and whether the coach may contact them.
CREATE TABLE support_contacts (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  client_id       uuid NOT NULL,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  relation        text NOT NULL DEFAULT '',
  organisation    text NOT NULL DEFAULT '',
  phone           text NOT NULL DEFAULT '',
  email           text NOT NULL DEFAULT '',
  contact_allowed boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 1,
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX support_contacts_client ON support_contacts (client_id);

-- Trajectories through the EUSE phases 1-5, with every transition recorded.
CREATE TABLE trajectories (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  client_id       uuid NOT NULL,
  phase           smallint NOT NULL DEFAULT 1 CHECK (phase BETWEEN 1 AND 5),
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  outcome         text CHECK (outcome IN ('paid_work_regular', 'other_work', 'referred', 'stopped')),
  outcome_detail  text NOT NULL DEFAULT '',
  opened_at       timestamptz NOT NULL DEFAULT now(),
  closed_at       timestamptz,
  version         integer NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE,
  CHECK ((status = 'closed') = (outcome IS NOT NULL AND closed_at IS NOT NULL))
);
CREATE UNIQUE INDEX trajectories_one_open ON trajectories (client_id) WHERE status = 'open';

CREATE TABLE trajectory_events (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  trajectory_id   uuid NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('opened', 'phase_changed', 'closed', 'reopened')),
  from_phase      smallint,
  to_phase        smallint,
  reason          text NOT NULL DEFAULT '',
  by_user_id      uuid REFERENCES users(id),
  at              timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, trajectory_id) REFERENCES trajectories (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX trajectory_events_trajectory ON trajectory_events (trajectory_id, at);

-- Consent: rows, never flags. A recipient is an organisation or one person; categories and
-- purpose are explicit; withdrawal ends access on the next request.
CREATE TABLE consents (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id           uuid NOT NULL,
  client_id                 uuid NOT NULL,
  recipient_organisation_id uuid REFERENCES organisations(id),
  recipient_user_id         uuid REFERENCES users(id),
  categories                text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories <@ ARRAY[
                              'identity', 'vocational_profile', 'health', 'benefits', 'action_plan', 'notes', 'documents']),
  purpose                   text NOT NULL CHECK (purpose IN ('job_finding', 'job_support', 'job_retention', 'referral')),
  valid_from                date NOT NULL,
  valid_until               date,
  method                    text NOT NULL CHECK (method IN ('written', 'verbal', 'portal')),
  evidence                  text NOT NULL DEFAULT '',
  recorded_by               uuid NOT NULL REFERENCES users(id),
  recorded_at               timestamptz NOT NULL DEFAULT now(),
  withdrawn_at              timestamptz,
  withdrawn_by              uuid REFERENCES users(id),
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE,
  CHECK ((recipient_organisation_id IS NULL) <> (recipient_user_id IS NULL)),
  CHECK (valid_until IS NULL OR valid_until >= valid_from),
  -- health data is never bundled: it has its own consent
  CHECK (NOT ('health' = ANY (categories)) OR categories = ARRAY['health'])
);
CREATE INDEX consents_client ON consents (client_id);
CREATE INDEX consents_recipient_org ON consents (recipient_organisation_id) WHERE withdrawn_at IS NULL;
CREATE INDEX consents_recipient_user ON consents (recipient_user_id) WHERE withdrawn_at IS NULL;

-- The client sees who looked at their data: the audit trail answers by entity.
CREATE INDEX audit_log_client ON audit_log (entity_id, at DESC) WHERE entity = 'client';

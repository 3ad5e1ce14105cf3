-- Phase 1 engagement, contact notes and appointments (EUSE 003 ~2600-3000). PostgreSQL 15+.

-- Klantbetrokkenheid: one record per client, filled in over the first contacts. The report of
-- the initial dialogue is agreed to by client and coach (003 ~2847); a change clears both.
CREATE TABLE client_engagements (
  organisation_id          uuid NOT NULL,
  client_id                uuid PRIMARY KEY,
  first_contact_channel    text CHECK (first_contact_channel IN ('phone', 'email', 'home_visit', 'in_person', 'other')),
  first_contact_date       date,
  first_appointment_date   date,
  first_appointment_place  text NOT NULL DEFAULT '',
  place_chosen_by_client   boolean NOT NULL DEFAULT false,
  place_accessible         boolean NOT NULL DEFAULT false,
  adjustments_agreed       text NOT NULL DEFAULT '',
  planning_date            date,
  planning_notes           text NOT NULL DEFAULT '',
  network_notes            text NOT NULL DEFAULT '',
  network_involvement_agreed boolean NOT NULL DEFAULT false,
  decision                 text NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'start', 'not_now')),
  decision_date            date,
  decision_notes           text NOT NULL DEFAULT '',
  dialogue_report          text NOT NULL DEFAULT '',
  client_agreed_name       text,
  client_agreed_at         timestamptz,
  coach_agreed_name        text,
  coach_agreed_at          timestamptz,
  updated_at               timestamptz NOT NULL DEFAULT now(),
  updated_by               uuid REFERENCES users(id),
  version                  integer NOT NULL DEFAULT 1,
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE,
  CHECK ((client_agreed_name IS NULL) = (client_agreed_at IS NULL)),
  CHECK ((coach_agreed_name IS NULL) = (coach_agreed_at IS NULL))
);

-- Contactnotities.
CREATE TABLE contact_notes (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  client_id       uuid NOT NULL,
  date            date NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('phone', 'email', 'meeting', 'home_visit', 'message', 'other')),
  text            text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
  author_user_id  uuid NOT NULL REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 1,
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_notes_client ON contact_notes (client_id, date DESC);

-- Afspraken, exported to calendars as .ics.
CREATE TABLE appointments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  client_id       uuid NOT NULL,
  place           text NOT NULL CHECK (length(place) BETWEEN 1 AND 500),
  starts_at       timestamptz NOT NULL,
  ends_at         timestamptz NOT NULL,
  participants    text[] NOT NULL DEFAULT '{}',
  notes           text NOT NULL DEFAULT '',
  created_by      uuid NOT NULL REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 1,
  FOREIGN KEY (organisation_id, client_id) REFERENCES clients (organisation_id, id) ON DELETE CASCADE,
  CHECK (ends_at > starts_at)
);
CREATE INDEX appointments_client ON appointments (client_id, starts_at);

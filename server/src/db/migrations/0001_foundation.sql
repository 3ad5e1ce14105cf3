-- Foundation: organisations, branches, people and roles, sessions, throttles, tokens, outbox,
-- and the append-only audit trail. Runs on PostgreSQL 15 and later (no uuidv7()).

CREATE TABLE organisations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- coaching: SE service / GOB / GTB / reintegration company; employer; intermediary: partner agency
  kind        text NOT NULL CHECK (kind IN ('coaching', 'employer', 'intermediary')),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  region      text NOT NULL CHECK (region IN ('flanders', 'netherlands')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  version     integer NOT NULL DEFAULT 1
);

CREATE TABLE branches (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address         text NOT NULL DEFAULT '',
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, id)
);
CREATE UNIQUE INDEX branches_name_per_org ON branches (organisation_id, lower(name));

CREATE TABLE users (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  email           text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash   text,
  locale          text NOT NULL DEFAULT 'nl-BE' CHECK (locale IN ('nl-BE', 'nl-NL', 'en')),
  -- invited: has not chosen a password yet; deactivated: cannot sign in, sessions ended
  status          text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'deactivated')),
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, id)
);
CREATE UNIQUE INDEX users_email ON users (email);

-- A role is held in one organisation; employer roles can be limited to one branch.
CREATE TABLE user_roles (
  organisation_id uuid NOT NULL,
  user_id         uuid NOT NULL,
  role            text NOT NULL CHECK (role IN ('coach', 'team_lead', 'org_admin', 'hr_officer',
                                                 'supervisor', 'intermediary_coach', 'client')),
  branch_id       uuid,
  FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, branch_id) REFERENCES branches (organisation_id, id)
);
CREATE UNIQUE INDEX user_roles_unique ON user_roles (user_id, role, coalesce(branch_id, '00000000-0000-0000-0000-000000000000'));

-- Server-side sessions: only a SHA-256 of the cookie value is stored.
CREATE TABLE sessions (
  id_hash         bytea PRIMARY KEY,
  user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  csrf_token      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  ip              text NOT NULL DEFAULT '',
  user_agent      text NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-in counters per account and per address, in fixed windows.
CREATE TABLE auth_throttle (
  key          text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  failures     integer NOT NULL
);

-- Single-use tokens for password reset and invitations; only a SHA-256 is stored.
CREATE TABLE auth_tokens (
  token_hash      bytea PRIMARY KEY,
  purpose         text NOT NULL CHECK (purpose IN ('password_reset', 'invitation')),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  used_at         timestamptz
);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id);

-- Outgoing mail is queued here and sent by whichever instance claims it first.
CREATE TABLE outbox_emails (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid REFERENCES organisations(id),
  to_address      text NOT NULL,
  subject         text NOT NULL,
  body_text       text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz,
  last_error      text
);
CREATE INDEX outbox_pending ON outbox_emails (next_attempt_at) WHERE status = 'queued';

-- The audit trail: append-only. A trigger refuses UPDATE, DELETE and TRUNCATE for every role,
-- the owner included, so no application code path can rewrite history.
CREATE TABLE audit_log (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id uuid REFERENCES organisations(id),
  actor_user_id   uuid REFERENCES users(id),
  action          text NOT NULL,
  entity          text NOT NULL,
  entity_id       text,
  details         jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip              text NOT NULL DEFAULT '',
  at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_org_at ON audit_log (organisation_id, at DESC);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

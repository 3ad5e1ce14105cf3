import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ORGANISATION_KINDS, REGIONS } from '../../../common/roles.ts';
import { Email } from '../../../common/schemas/auth.ts';
import { newToken } from '../access/session.ts';
import { recordAudit } from '../audit/audit.ts';
import { createDatabase } from '../db/connection.ts';
import { startEmbedded } from '../db/embedded.ts';
import { migrate } from '../db/migrate.ts';
import { loadConfig } from '../env.ts';
import { createAuthToken } from '../features/auth/auth.queries.ts';
import { INVITATION_TTL_DAYS } from '../features/mail/templates.ts';

const Args = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORGANISATION_KINDS),
  region: z.enum(REGIONS),
  'admin-email': Email,
  'admin-name': z.string().trim().min(1).max(200),
});

const USAGE = `Creates an organisation with its first administrator and prints their invitation link.

  npm run create-organisation -- --name "Jobcoaching Noord" --kind coaching --region flanders \\
    --admin-email an@example.org --admin-name "An Peeters"

  --kind     ${ORGANISATION_KINDS.join(' | ')}
  --region   ${REGIONS.join(' | ')}

Uses DATABASE_URL when set, else the embedded database under DATA_DIR (stop the app first).`;

/** The way into a new installation: no organisation or account exists until one is created here. */
async function main() {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' }, kind: { type: 'string' }, region: { type: 'string' },
      'admin-email': { type: 'string' }, 'admin-name': { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  const parsed = Args.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
    console.error(`\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const a = parsed.data;
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbedded({ dataDir: `${config.dataDir}/pg`, port: config.embeddedPgPort, database: 'passend' });
  const url = config.databaseUrl ?? embedded!.connectionString('passend');
  await migrate(url);
  const db = createDatabase(url, 1);
  try {
    const taken = await db.selectFrom('users').select('id').where('email', '=', a['admin-email']).executeTakeFirst();
    if (taken) throw new Error(`An account with ${a['admin-email']} already exists.`);
    const token = newToken();
    await db.transaction().execute(async (trx) => {
      const org = await trx.insertInto('organisations').values({ name: a.name, kind: a.kind, region: a.region }).returning('id').executeTakeFirstOrThrow();
      const user = await trx
        .insertInto('users')
        .values({ organisation_id: org.id, email: a['admin-email'], name: a['admin-name'], password_hash: null, status: 'invited' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('user_roles').values({ organisation_id: org.id, user_id: user.id, role: 'org_admin', branch_id: null }).execute();
      await createAuthToken(trx, { token, purpose: 'invitation', organisationId: org.id, userId: user.id, ttlMinutes: INVITATION_TTL_DAYS * 24 * 60 });
      await recordAudit(trx, { organisationId: org.id, actorUserId: null, action: 'organisation.created', entity: 'organisation', entityId: org.id, details: { via: 'cli' } });
    });
    console.log(`Created ${a.kind} organisation "${a.name}" (${a.region}).`);
    console.log(`${a['admin-name']} chooses a password here (valid ${INVITATION_TTL_DAYS} days):\n\n  ${config.publicUrl}/accept-invitation?token=${token}\n`);
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});

import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbedded, type EmbeddedServer } from '../src/db/embedded.ts';
import { createDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadEsco } from '../src/features/esco/esco.load.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the whole test run: the server at DATABASE_URL when set (CI's Debian
 * PostgreSQL), else a fresh embedded one in a temporary directory. Migrations run once into
 * a template database; every test file clones its own database from it.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let dir: string | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    dir = await mkdtemp(path.join(tmpdir(), 'passend-test-'));
    await chmod(dir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach it
    const port = 20000 + Math.floor(Math.random() * 20000);
    embedded = await startEmbedded({ dataDir: path.join(dir, 'pg'), port, database: 'postgres' });
    adminUrl = embedded.connectionString('postgres');
  }
  const template = `passend_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  await migrate(templateUrl.toString());
  // Reference data as the server loads it at start: every test database has ESCO.
  const templateDb = createDatabase(templateUrl.toString(), 1);
  await loadEsco(templateDb);
  await templateDb.destroy();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`).catch(() => {});
    await admin.end();
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

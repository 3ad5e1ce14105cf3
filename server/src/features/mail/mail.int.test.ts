import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { closedPort } from '../../../test/helpers.ts';
import { MAX_SEND_ATTEMPTS } from './outbox.queries.ts';
import { createMailSender } from './worker.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.as('admin@coaching.passend.test');
  await admin.post('/api/admin/users', { email: 'mailbox@coaching.passend.test', name: 'Post Bus', roles: [{ role: 'coach' }] });
});
afterAll(async () => { await t.close(); });

describe('dev mailbox', () => {
  it('shows queued mail in demo mode, newest first', async () => {
    await t.client().post('/api/auth/password-reset', { email: 'coach@coaching.passend.test' });
    const res = await t.client().get('/api/dev/mailbox');
    expect(res.status).toBe(200);
    expect(res.body.items.map((m: { to: string }) => m.to)).toEqual(['coach@coaching.passend.test', 'mailbox@coaching.passend.test']);
    expect(res.body.items[1]).toMatchObject({ status: 'queued', subject: expect.stringContaining('An Wouters') });
    expect(res.body.items[1].body).toContain('/accept-invitation?token=');
  });

  it('does not exist outside demo mode', async () => {
    const real = await createTestApp({ demoMode: false });
    try {
      expect(await real.client().get('/api/dev/mailbox')).toBeProblem(404, 'not_found');
      const admin = await real.as('admin@coaching.passend.test');
      expect(await admin.get('/api/dev/mailbox')).toBeProblem(404, 'not_found');
      const spec = (await real.client().get('/api/openapi.json')).body;
      expect(Object.keys(spec.paths)).not.toContain('/api/dev/mailbox');
    } finally {
      await real.close();
    }
  });
});

/** Just enough SMTP to take one message at a time; records what it was given. */
function fakeSmtp(): Promise<{ server: Server; port: number; received: string[] }> {
  const received: string[] = [];
  const server = createServer((socket) => {
    let data = false;
    let buffer = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf(data ? '\r\n.\r\n' : '\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + (data ? 5 : 2));
        if (data) {
          received.push(line);
          data = false;
          socket.write('250 queued\r\n');
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 fake\r\n');
        else if (/^DATA/i.test(line)) {
          data = true;
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, received })));
}


describe('mail sender', () => {
  it('keeps the queue when no SMTP server is configured', async () => {
    const sender = createMailSender({ ...t.config, smtpUrl: undefined }, t.db);
    expect(sender.enabled).toBe(false);
    expect(await sender.sendDue()).toBe(0);
    const queued = await t.db.selectFrom('outbox_emails').select('status').execute();
    expect(queued.every((m) => m.status === 'queued')).toBe(true);
  });

  it('retries later with backoff when sending fails, and gives up after the last attempt', async () => {
    const sender = createMailSender({ ...t.config, smtpUrl: `smtp://127.0.0.1:${await closedPort()}` }, t.db);
    expect(await sender.sendDue()).toBe(2);
    const after = await t.db.selectFrom('outbox_emails').select(['status', 'attempts', 'last_error', 'next_attempt_at']).execute();
    for (const m of after) {
      expect(m).toMatchObject({ status: 'queued', attempts: 1, last_error: expect.stringMatching(/ECONNREFUSED|connect/i) });
      expect(m.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 20_000);
    }
    expect(await sender.sendDue()).toBe(0); // not due yet

    await t.db.updateTable('outbox_emails').set({ attempts: MAX_SEND_ATTEMPTS - 1, next_attempt_at: new Date(0) }).execute();
    expect(await sender.sendDue()).toBe(2);
    const failed = await t.db.selectFrom('outbox_emails').select(['status', 'attempts']).execute();
    expect(failed.every((m) => m.status === 'failed' && m.attempts === MAX_SEND_ATTEMPTS)).toBe(true);
    expect(await sender.sendDue()).toBe(0);
  });

  it('sends due mail over SMTP and marks it sent', async () => {
    await t.db.updateTable('outbox_emails').set({ status: 'queued', attempts: 0, next_attempt_at: new Date(0) }).execute();
    const smtp = await fakeSmtp();
    try {
      const sender = createMailSender({ ...t.config, smtpUrl: `smtp://127.0.0.1:${smtp.port}` }, t.db);
      expect(await sender.sendDue()).toBe(2);
      expect(smtp.received).toHaveLength(2);
      expect(smtp.received.join('\n')).toContain('mailbox@coaching.passend.test');
      const sent = await t.db.selectFrom('outbox_emails').select(['status', 'sent_at', 'last_error']).execute();
      for (const m of sent) expect(m).toMatchObject({ status: 'sent', sent_at: expect.any(Date), last_error: null });
      expect(await sender.sendDue()).toBe(0);
    } finally {
      smtp.server.close();
    }
  });
});

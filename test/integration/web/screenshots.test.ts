// The customer page shows each screenshot beside the needs read from it (issue 19), through an
// authenticated image route with the page's own permission check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { fakeReader, pngOf, readingOf } from '../../fakes/fake-screenshot-reader.js';
import { joinReadings } from '../../../src/extract/screenshot/index.js';
import { shot } from '../screenshot/helpers.js';
import { signIn } from './helpers.js';

describe('web: screenshots on the customer page', () => {
  let t: TestApp;
  const cookies = new Map<string, string>();
  const get = async (who: string | undefined, url: string) => {
    if (who && !cookies.has(who)) cookies.set(who, await signIn(t, who));
    return t.app.server.inject({ method: 'GET', url, headers: who ? { cookie: cookies.get(who)! } : {} });
  };
  let lilyPng: Buffer;
  let lily: { customer: string; message: string };
  let bob: { customer: string; message: string };

  beforeAll(async () => {
    const reader = fakeReader(
      new Map([
        [250, readingOf([{ speaker: '张总', role: 'customer', text: '我们要5000个，要CE认证' }])],
        [251, readingOf([{ speaker: 'Tom', role: 'customer', text: 'We need 40 cartons' }])],
      ]),
    );
    t = await createTestApp({ app: { screenshots: { reader, join: joinReadings } } });
    lilyPng = await pngOf(250);
    const a = await shot(t, 'lily', 'dm:lily', lilyPng, { text: '客户：Screenshot Co' });
    t.wall.advance(10 * 60_000);
    const b = await shot(t, 'bob', 'dm:bob', await pngOf(251), { text: 'Customer: Bob Picture Ltd' });
    const id = async (name: string) =>
      (await t.app.db.db.selectFrom('customers').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    lily = { customer: await id('Screenshot Co'), message: a.body.message!.id };
    bob = { customer: await id('Bob Picture Ltd'), message: b.body.message!.id };
  });
  afterAll(async () => {
    await t.close();
  });

  const imageUrl = (c: { customer: string }, message: string) =>
    `/web/customers/${c.customer}/screenshots/${message}/0`;

  it('shows the picture beside the needs that came from it', async () => {
    const page = await get('lily', `/web/customers/${lily.customer}`);
    expect(page.statusCode).toBe(200);
    const section = page.body.slice(page.body.indexOf('class="screenshots"'));
    expect(section).toContain('<h2>来自截图</h2>');
    expect(section).toContain(`src="${imageUrl(lily, lily.message)}"`);
    expect(section).toContain('「我们要5000个，要CE认证」');
    // A customer without screenshots has no such section.
    const other = await get('bob', `/web/customers/${bob.customer}`);
    expect(other.body).toContain(`src="${imageUrl(bob, bob.message)}"`);
    expect(other.body).not.toContain(lily.message);
  });

  it('serves the stored bytes to whoever may see the customer', async () => {
    const own = await get('lily', imageUrl(lily, lily.message));
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.headers['cache-control']).toBe('private, no-store');
    expect(own.rawPayload.equals(lilyPng)).toBe(true);
    // The supervisor sees the team's customers.
    expect((await get('wang', imageUrl(lily, lily.message))).statusCode).toBe(200);
  });

  it('refuses another rep, a stranger, and a picture that is not behind this customer', async () => {
    expect((await get('bob', imageUrl(lily, lily.message))).statusCode).toBe(403);
    expect((await get(undefined, imageUrl(lily, lily.message))).statusCode).toBe(401);
    // Bob's picture asked for through Lily's customer (which Lily may see): not hers to see.
    expect((await get('lily', imageUrl(lily, bob.message))).statusCode).toBe(404);
    expect((await get('lily', `/web/customers/${lily.customer}/screenshots/${lily.message}/1`)).statusCode).toBe(404);
    expect((await get('lily', `/web/customers/${lily.customer}/screenshots/${lily.message}/x`)).statusCode).toBe(404);
  });
});

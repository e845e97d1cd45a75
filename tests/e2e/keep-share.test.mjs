// Keeping, sharing and comparing results without a server: the share link,
// the Markdown / JSON / calendar exports (opened with independent tools), the
// JSON import, retake history, and storage that never loses data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import ICAL from 'ical.js';
import { marked } from 'marked';
import path from 'node:path';
import { start, newPage, openApp, shot, currentKind, answerWithMouse, next, beginAndAnswer, completeWithMouse, ARTIFACTS } from './lib/harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const w = (page) => page.locator('naitei-check');

async function finished(page) {
  await openApp(page, env.url);
  await beginAndAnswer(page, 0);
  await completeWithMouse(page);
  return w(page).locator('.naitei-score').innerText();
}

async function download(page, label) {
  const [file] = await Promise.all([page.waitForEvent('download'), w(page).getByRole('button', { name: label }).click()]);
  const kept = path.join(ARTIFACTS, 'downloads', file.suggestedFilename());
  await file.saveAs(kept);
  return { name: file.suggestedFilename(), text: fs.readFileSync(kept, 'utf8'), path: kept };
}

test('a share link opens the same report read-only in another browser and can be imported', async () => {
  const a = await newPage(env.browser);
  const score = await finished(a.page);
  await w(a.page).getByRole('button', { name: 'Create a link' }).click();
  const link = await w(a.page).locator('#naitei-share-url').inputValue();
  assert.match(link, /\/app\/#naitei=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 1000, `a compact link (${link.length} characters, free text included)`);
  await a.context.close();

  const b = await newPage(env.browser); // a mentor's browser: nothing saved
  await b.page.goto(link);
  const shared = w(b.page).locator('.naitei-shared');
  await shared.waitFor();
  assert.equal(await shared.locator('.naitei-score').innerText(), score);
  assert.match(await shared.innerText(), /read-only/);
  assert.deepEqual(await b.page.evaluate(() => JSON.parse(localStorage.getItem('naitei:app') ?? '{"session":{"answers":{}}}').session.answers), {},
    'opening a link saves none of its answers');
  await shot(b.page, 'shared-view');
  await w(b.page).getByRole('button', { name: 'Import these answers as mine' }).click();
  await w(b.page).locator('.naitei-report:not(.naitei-shared)').waitFor();
  assert.equal(await w(b.page).locator('.naitei-score').innerText(), score);
  assert.doesNotMatch(b.page.url(), /#naitei=/, 'the link is removed from the address after import');
  await b.context.close();

  // Leaving free text out is the sender's choice, and the shared view says what that changes.
  const c = await newPage(env.browser);
  await finished(c.page);
  await w(c.page).locator('#naitei-share-text').check();
  await w(c.page).getByRole('button', { name: 'Create a link' }).click();
  const short = await w(c.page).locator('#naitei-share-url').inputValue();
  assert.ok(short.length < link.length);
  await c.page.goto(short.replace('/app/#', '/app/?other#'));
  await w(c.page).locator('.naitei-shared').waitFor();
  assert.match(await w(c.page).locator('.naitei-shared').innerText(), /left their free-text answers out/);
  await c.context.close();
});

test('broken, cut, tampered and future links explain what happened and never touch saved progress', async () => {
  const a = await newPage(env.browser);
  await openApp(a.page, env.url);
  await beginAndAnswer(a.page, 0);
  await a.page.locator('naitei-check .naitei-question').waitFor();
  // Make a real link to damage: answer a few items, share, then come back.
  for (let i = 0; i < 3; i++) { await answerWithMouse(a.page); await next(a.page); }
  await w(a.page).locator('.naitei-nav button').first().click();
  const progressBefore = await w(a.page).locator('.naitei-progress').innerText();
  // Build links by hand from a real one made in a fresh page.
  const c = await newPage(env.browser);
  await finished(c.page);
  await w(c.page).getByRole('button', { name: 'Create a link' }).click();
  const real = (await w(c.page).locator('#naitei-share-url').inputValue()).split('#naitei=')[1];
  await c.context.close();
  const bytes = Buffer.from(real, 'base64url');
  const future = Buffer.from(bytes); future[1] = 9;
  const tampered = Buffer.from(bytes); tampered[Math.floor(bytes.length / 2)] ^= 0x10;
  const cases = {
    'not a link': ['@@hello@@', /not a Naitei results link/],
    corrupt: [real.slice(0, 10) + '*' + real.slice(11), /damaged/],
    truncated: [real.slice(0, real.length - 8), /cut off/],
    tampered: [tampered.toString('base64url'), /changed after it was made/],
    future: [future.toString('base64url'), /newer version/],
  };
  for (const [name, [fragment, message]] of Object.entries(cases)) {
    await a.page.goto(`${env.url}app/#naitei=${fragment}`);
    const notice = w(a.page).locator('.naitei-link-error');
    await notice.waitFor();
    assert.match(await notice.innerText(), message, name);
    assert.match(await notice.innerText(), /have not been changed/, name);
    assert.equal(await w(a.page).locator('.naitei-progress').innerText(), progressBefore, `${name}: progress untouched`);
    await shot(a.page, `link-error-${name}`);
  }
  await w(a.page).locator('.naitei-link-error button').click();
  await w(a.page).locator('.naitei-link-error').waitFor({ state: 'detached' });
  assert.doesNotMatch(a.page.url(), /#naitei=/);
  await a.context.close();
});

test('exports open in the tools a candidate would use: Markdown renders, JSON re-imports, the calendar parses', async () => {
  const a = await newPage(env.browser);
  const score = await finished(a.page);
  await w(a.page).getByRole('button', { name: 'See my study plan' }).click();
  await w(a.page).locator('.naitei-day').first().waitFor();
  const days = await w(a.page).locator('.naitei-day').count();
  await w(a.page).locator('.naitei-day input[type=checkbox]').first().check();
  await w(a.page).getByRole('button', { name: 'Back to my report' }).click();

  const md = await download(a.page, 'Download the report (Markdown)');
  assert.match(md.name, /^naitei-report-\d{4}-\d{2}-\d{2}\.md$/);
  const html = marked.parse(md.text);
  assert.match(html, /<h1[^>]*>/);
  assert.ok((html.match(/<h2/g) ?? []).length >= 4, 'sections as headings');
  assert.match(html, /<table>/, 'the area table is a real table');
  assert.match(html, new RegExp(`\\b${score}\\b`));
  assert.match(html, /<input checked="" disabled="" type="checkbox">/, 'the ticked plan task is ticked');
  assert.match(html, /<input disabled="" type="checkbox">/, 'open tasks are task items');

  const json = await download(a.page, 'Download my answers (JSON)');
  assert.equal(JSON.parse(json.text).naitei, 'export');

  const ics = await download(a.page, 'Add the plan to my calendar (.ics)');
  assert.ok(ics.text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'lines folded at 75 octets');
  assert.ok(!/[^\r]\n/.test(ics.text), 'CRLF line endings only');
  const cal = new ICAL.Component(ICAL.parse(ics.text));
  const events = cal.getAllSubcomponents('vevent');
  assert.ok(events.length >= 1 && events.length <= days, `${events.length} events for ${days} plan days`);
  for (const e of events) {
    const ev = new ICAL.Event(e);
    assert.ok(ev.summary.length > 0 && ev.uid.length > 0);
    assert.ok(ev.startDate.isDate, 'all-day events');
  }
  await a.context.close();

  const b = await newPage(env.browser);
  await openApp(b.page, env.url);
  await beginAndAnswer(b.page, 2); // some progress of its own: import asks before replacing it
  await completeWithMouse(b.page);
  b.page.once('dialog', (d) => d.accept());
  await w(b.page).locator('#naitei-import').setInputFiles(json.path);
  await w(b.page).locator('.naitei-exports [role=status]', { hasText: 'Imported' }).waitFor();
  assert.equal(await w(b.page).locator('.naitei-score').innerText(), score, 'the imported answers give the same score');
  await w(b.page).getByRole('button', { name: 'See my study plan' }).click();
  await w(b.page).locator('.naitei-day').first().waitFor();
  assert.equal(await w(b.page).locator('.naitei-day input[type=checkbox]:checked').count(), 1, 'ticks come back too');
  fs.writeFileSync(json.path, '{"naitei":"export","version":99,"profile":{}}');
  await w(b.page).getByRole('button', { name: 'Back to my report' }).click();
  await w(b.page).locator('#naitei-import').setInputFiles(json.path);
  await w(b.page).locator('.naitei-exports [role=status]', { hasText: 'newer version' }).waitFor();
  await b.context.close();
});

test('retakes are kept and compared area by area, and history can be deleted', async () => {
  const { context, page } = await newPage(env.browser);
  await finished(page);
  assert.match(await w(page).locator('.naitei-history').innerText(), /first recorded attempt/);
  await w(page).getByRole('button', { name: 'Take the check again' }).click();
  while (await currentKind(page)) { await answerWithMouse(page, 'first'); await next(page); }
  const history = w(page).locator('.naitei-history');
  await history.locator('table').waitFor();
  const text = await history.innerText();
  assert.match(text, /Change since your attempt on/);
  assert.equal(await history.locator('tbody tr').count(), 6, 'overall and five areas');
  assert.match(text, /[+-]\d+|\b0\b/);
  await shot(page, 'history-comparison');
  await history.locator('summary').click();
  page.once('dialog', (d) => d.accept());
  await history.getByRole('button', { name: 'Delete all attempts' }).click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('naitei:app')).history.attempts.length <= 1);
  await context.close();
});

test('a full storage quota is reported, and unreadable saved data is kept and offered for download', async () => {
  const full = await newPage(env.browser);
  await full.page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await full.page.goto(env.url + 'app/');
  await w(full.page).locator('.naitei-intro .naitei-start-full').click();
  const notice = w(full.page).locator('.naitei-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /refused to save/);
  await full.context.close();

  const bad = await newPage(env.browser);
  await bad.page.goto(env.url + 'app/');
  await w(bad.page).locator('.naitei-intro').waitFor(); // the widget has saved its fresh session by now
  await bad.page.evaluate(() => localStorage.setItem('naitei:app', '{"version":1,"session":{"screen":"nowhere"'));
  await bad.page.reload();
  const n = w(bad.page).locator('.naitei-notice');
  await n.waitFor();
  assert.match(await n.innerText(), /could not be read/);
  const file = await download(bad.page, 'Download the saved copy');
  assert.equal(file.text, '{"version":1,"session":{"screen":"nowhere"');
  const keys = await bad.page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith('naitei:app:backup:')), 'a backup key holds the raw data');
  await w(bad.page).locator('.naitei-intro').waitFor();
  await bad.context.close();
});

// The verdict as a candidate reads it: a flag that holds readiness down is
// named next to the score, too few answers give no score but say what is
// missing, in English and in Japanese; and the JS API gives the same report as
// the command line for the same input. The candidates are the archetypes of
// tests/tests/archetypes.rs, written out by that test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, newPage, shot, ROOT } from './lib/harness.mjs';

let env;
let inputs;
before(async () => {
  env = await start();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naitei-archetypes-'));
  execFileSync('cargo', ['test', '-q', '-p', 'naitei-tests', '--test', 'archetypes'], {
    cwd: ROOT, env: { ...process.env, NAITEI_DUMP_ARCHETYPES: dir }, stdio: 'ignore',
  });
  inputs = Object.fromEntries(fs.readdirSync(dir).map((f) => [f.replace(/\.json$/, ''), path.join(dir, f)]));
});
after(async () => { await env?.close(); });

const TODAY = '2026-11-21';

/** Opens the app on the report of a saved session with these inputs. */
async function openReport(page, file, lang) {
  const { profile, answers } = JSON.parse(fs.readFileSync(file, 'utf8'));
  // Write the saved session from a page of the same origin that has no widget,
  // so no widget can save over it before the app reads it.
  await page.goto(env.url + 'hosts/headless/');
  await page.evaluate(({ profile, answers, lang }) => {
    localStorage.clear();
    const session = { version: 1, screen: 'report', profile, answers, mode: 'test', lang, finished: true };
    localStorage.setItem('naitei:app', JSON.stringify({ version: 1, session }));
  }, { profile, answers, lang });
  await page.goto(env.url + 'app/');
  await page.waitForSelector(`naitei-check section.naitei[lang=${lang}][aria-busy=false] .naitei-report`);
}

for (const lang of ['en', 'ja']) {
  test(`a critical flag among best answers is named as what holds the score down (${lang})`, async () => {
    const { context, page } = await newPage(env.browser);
    await openReport(page, inputs.critical_among_best, lang);
    const summary = page.locator('naitei-check .naitei-summary');
    const score = Number(await summary.locator('.naitei-score').innerText());
    assert.ok(score <= 55, `held down to 55 at most, got ${score}`);
    const limited = await summary.locator('.naitei-limited').innerText();
    assert.match(limited, lang === 'en' ? /held down to \d+ by/ : /抑えられています/);
    await summary.locator('.naitei-legend summary').click(); // folded under the summary: opened on demand
    const legend = await summary.locator('.naitei-legend').innerText();
    assert.match(legend, lang === 'en' ? /critical flag/i : /重大/);
    await shot(page, `verdict-critical-${lang}`);
    assert.deepEqual((await page.problems()).console, []);
    await context.close();
  });

  test(`two answers give no score; the report says what to answer (${lang})`, async () => {
    const { context, page } = await newPage(env.browser);
    await openReport(page, inputs.two_answers, lang);
    const overall = await page.locator('naitei-check .naitei-summary .naitei-missing').innerText();
    assert.match(overall, lang === 'en' ? /answer more questions about .*\(about \d+ more\)/ : /あと\d+問/);
    assert.equal(await page.locator('naitei-check .naitei-summary .naitei-score').count(), 0, 'no score is shown');
    await shot(page, `verdict-missing-${lang}`);
    await context.close();
  });
}

/** Rounds every number so that f32 values printed by Rust and read by JS compare equal. */
function rounded(v) {
  if (typeof v === 'number') return Math.round(v * 1000) / 1000;
  if (Array.isArray(v)) return v.map(rounded);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rounded(x)]));
  return v;
}

test('the JS API and the command line give the same report and plan for the same input', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url + 'hosts/headless/');
  for (const name of ['all_worst', 'technical__culture_risks', 'critical_among_best', 'two_answers']) {
    const file = inputs[name];
    const cli = JSON.parse(execFileSync('cargo', ['run', '-q', '-p', 'naitei-content', '--', 'evaluate', file, '--today', TODAY], { cwd: ROOT, encoding: 'utf8' }));
    const { profile, answers } = JSON.parse(fs.readFileSync(file, 'utf8'));
    const js = await page.evaluate(async ({ profile, answers, today }) => {
      const { evaluate } = await import('/naitei.js');
      return evaluate(profile, answers, { today });
    }, { profile, answers, today: TODAY });
    assert.deepEqual(rounded(js), rounded(cli), name);
  }
  await context.close();
});

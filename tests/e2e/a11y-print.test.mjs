// Accessibility and print: axe-core finds no WCAG 2.1 A/AA violation on any
// screen in either language, and print-to-PDF gives a clean report and plan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, newPage, openApp, shot, currentKind, answerWithMouse, next, beginAndAnswer, completeWithMouse, ARTIFACTS, ROOT } from './lib/harness.mjs';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Runs axe on the page (inside the widget's shadow root too) and returns readable violations. */
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary ?? '').replace(/\n/g, ' ')).join('\n  ')}`);
  });
  return result;
}

/** Waits until every CSS transition in the page and the widgets' shadow roots has ended, so that
 * axe measures the colours a candidate sees, not a frame in the middle of a 120 ms fade. */
async function settled(page) {
  await page.evaluate(async () => {
    const roots = [document, ...[...document.querySelectorAll('naitei-check')].map((e) => e.shadowRoot).filter(Boolean)];
    const running = new Set(roots.flatMap((r) => r.getAnimations()));
    await Promise.all([...running].map((a) => a.finished.catch(() => {})));
  });
}

async function check(page, name, seen) {
  await settled(page);
  await shot(page, name);
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${name}: axe violations`);
  seen.push(name);
}

// axe-core, injected by these tests, sets inline styles while it measures: the
// page's strict CSP blocks them, as it should. Those reports are the tool's, not the widget's.
const AXE_ALLOW = { console: [/Applying inline style/], csp: [/inline style|style-src-elem: inline/] };

test('axe looks inside the widget\'s shadow root (a planted violation is found)', async () => {
  const { context, page } = await newPage(env.browser, { allow: AXE_ALLOW });
  await openApp(page, env.url);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'icon.svg';
    img.id = 'planted';
    document.querySelector('naitei-check').shadowRoot.querySelector('.naitei-intro').append(img);
  });
  const violations = await axe(page);
  assert.ok(violations.some((v) => v.startsWith('image-alt')), `axe must report the planted image: ${violations}`);
  await context.close();
});

for (const lang of ['en', 'ja']) {
  test(`every screen in ${lang === 'en' ? 'English' : 'Japanese'} passes axe (wcag2a, wcag2aa, wcag21aa), light and dark`, async () => {
    for (const scheme of ['light', 'dark']) {
      const { context, page } = await newPage(env.browser, { colorScheme: scheme, allow: AXE_ALLOW });
      const seen = [];
      await openApp(page, env.url);
      if (lang === 'ja') await page.locator('naitei-check button.naitei-lang[lang=ja]').click();
      await page.locator(`naitei-check .naitei[lang=${lang}]`).waitFor();
      await check(page, `a11y-${lang}-${scheme}-intro`, seen);
      await page.locator('naitei-check .naitei-intro .naitei-start-full').click();
      await check(page, `a11y-${lang}-${scheme}-profile`, seen);
      await page.locator('naitei-check form.naitei-profile button[type=submit]').click();
      const kinds = new Set();
      while (await currentKind(page)) {
        const kind = await currentKind(page);
        if (!kinds.has(kind)) {
          kinds.add(kind);
          await check(page, `a11y-${lang}-${scheme}-question-${kind}`, seen);
          await answerWithMouse(page, 'last');
          await check(page, `a11y-${lang}-${scheme}-feedback-${kind}`, seen);
        } else {
          await answerWithMouse(page, 'last');
        }
        await next(page);
      }
      await page.locator('naitei-check .naitei-report').waitFor();
      await check(page, `a11y-${lang}-${scheme}-report`, seen);
      await page.locator('naitei-check .naitei-report .naitei-actions .naitei-primary').click();
      await page.locator('naitei-check .naitei-plan').waitFor();
      await check(page, `a11y-${lang}-${scheme}-plan`, seen);
      assert.equal(kinds.size, 5, 'every item kind was checked');
      assert.ok(seen.length >= 14, `${seen.length} screens checked`);
      await context.close();
    }
  });
}

function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('print to PDF gives the report and the plan without controls, one section per page', async () => {
  const { context, page } = await newPage(env.browser);
  await openApp(page, env.url);
  await page.locator('naitei-check .naitei-intro .naitei-start-full').click();
  await page.locator('naitei-check form.naitei-profile button[type=submit]').click();
  while (await currentKind(page)) {
    await answerWithMouse(page, 'last');
    await next(page);
  }
  await page.locator('naitei-check .naitei-report').waitFor();
  const score = await page.locator('naitei-check .naitei-score').innerText();
  const reportPdf = path.join(ARTIFACTS, 'report.pdf');
  await page.pdf({ path: reportPdf, format: 'A4', printBackground: true });
  const report = pdfText(reportPdf);
  assert.match(report, /Your readiness report/);
  assert.match(report, new RegExp(`\\b${score}\\b`), 'the overall score is printed');
  for (const area of ['Technical skills', 'Communication', 'Problem solving', 'Learning and growth', 'Teamwork and cultural fit']) {
    assert.ok(report.includes(area), `the report names ${area}`);
  }
  assert.match(report, /Readiness by stage/);
  for (const control of ['See my study plan', 'Print or save as PDF', 'Edit my situation', 'Create a link', 'Download my answers (JSON)']) {
    assert.ok(!report.includes(control), `no "${control}" control in print`);
  }
  // The language switch ("English" / "日本語"), not the word in a question about interviews in English.
  assert.doesNotMatch(report, /^\s*(English|日本語)\s*$/m, 'no language switch in print');
  const pages = report.split('\f').filter((p) => p.trim()).length;
  assert.ok(pages >= 4, `sections start on new pages (${pages} pages)`);

  await page.locator('naitei-check .naitei-report .naitei-actions .naitei-primary').click();
  await page.locator('naitei-check .naitei-plan').waitFor();
  const planPdf = path.join(ARTIFACTS, 'plan.pdf');
  await page.pdf({ path: planPdf, format: 'A4', printBackground: true });
  const plan = pdfText(planPdf);
  assert.match(plan, /Your study plan/);
  assert.match(plan, /Send a thank-you\s+email/);
  assert.ok(!plan.includes('Back to my report'), 'no navigation in print');

  // The same in Japanese: glyphs are real text, not boxes.
  await page.locator('naitei-check button.naitei-lang[lang=ja]').click();
  await page.locator('naitei-check .naitei[lang=ja]').waitFor();
  const jaPdf = path.join(ARTIFACTS, 'plan-ja.pdf');
  await page.pdf({ path: jaPdf, format: 'A4' });
  assert.match(pdfText(jaPdf), /学習プラン/);
  await context.close();
});

test('the report with every section open, and a mentor\'s shared view with the written answers, pass axe in both languages', async () => {
  const seen = [];
  const a = await newPage(env.browser, { allow: AXE_ALLOW });
  await openApp(a.page, env.url);
  await beginAndAnswer(a.page, 0);
  await completeWithMouse(a.page);
  const openAll = (page) => page.locator('naitei-check').evaluate((el) => el.shadowRoot.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await openAll(a.page);
  await check(a.page, 'a11y-en-report-open', seen);
  await a.page.locator('naitei-check').getByRole('button', { name: 'Create a link' }).click();
  const link = await a.page.locator('naitei-check #naitei-share-url').inputValue();
  await a.context.close();
  const b = await newPage(env.browser, { allow: AXE_ALLOW });
  await b.page.goto(link);
  await b.page.locator('naitei-check .naitei-written').waitFor();
  await check(b.page, 'a11y-en-shared', seen);
  await b.page.locator('naitei-check button.naitei-lang[lang=ja]').click();
  await b.page.locator('naitei-check section.naitei[lang=ja][aria-busy=false] .naitei-written').waitFor();
  await openAll(b.page);
  await check(b.page, 'a11y-ja-shared-open', seen);
  await b.context.close();
});

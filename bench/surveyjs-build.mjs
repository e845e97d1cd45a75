// Builds the SurveyJS peer page into a folder under target/ (never committed):
// SurveyJS's own files copied from node_modules, the page from bench/surveyjs/,
// and survey.json generated from Naitei's English bank, one item per page:
//   single -> radiogroup, multi -> checkbox, likert -> rating 1-5 with Naitei's five labels
//   (shown as buttons: SurveyJS's automatic mode turns long labels into a dropdown),
//   best_worst -> two radiogroups (best, worst) on one page, text -> comment.
// Only what a candidate sees is carried over (prompt, hint, option labels); Naitei's
// per-option reasons, report and plan texts have no place in a SurveyJS survey.
//
//   node bench/surveyjs-build.mjs <items-en.json> <naitei-en.json> <out-dir>
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const [itemsFile, textsFile, out] = process.argv.slice(2);
if (!out) throw new Error('usage: node bench/surveyjs-build.mjs <items-en.json> <naitei-en.json> <out-dir>');

const items = JSON.parse(fs.readFileSync(itemsFile, 'utf8'));
const texts = JSON.parse(fs.readFileSync(textsFile, 'utf8'));
const t = (key) => texts[key] ?? (() => { throw new Error(`naitei-en.json has no ${key}`); })();

const choices = (item) => item.options.map((o) => ({ value: o.id, text: o.label }));
const common = (item) => ({ name: item.id, title: item.prompt, ...(item.hint ? { description: item.hint } : {}) });

function elements(item) {
  switch (item.kind) {
    case 'single': return [{ type: 'radiogroup', ...common(item), choices: choices(item) }];
    case 'multi': return [{ type: 'checkbox', ...common(item), choices: choices(item) }];
    case 'likert': return [{
      type: 'rating', ...common(item), rateType: 'labels', displayMode: 'buttons',
      rateValues: [1, 2, 3, 4, 5].map((r) => ({ value: r, text: t(`ui.likert.${r}`) })),
    }];
    case 'best_worst': return [
      { type: 'radiogroup', ...common(item), name: `${item.id}__best`, choices: choices(item) },
      { type: 'radiogroup', name: `${item.id}__worst`, title: t('ui.questions.worst'), choices: choices(item) },
    ];
    case 'text': return [{ type: 'comment', ...common(item), rows: 6 }];
    default: throw new Error(`unknown item kind ${item.kind} (${item.id})`);
  }
}

// best_worst: the first group is titled with the prompt; say which pick it asks for, like Naitei does.
const pages = items.map((item) => {
  const els = elements(item);
  if (item.kind === 'best_worst') els[0].description = [item.hint, t('ui.questions.best')].filter(Boolean).join(' · ');
  return { name: item.id, elements: els };
});
const survey = {
  title: 'Japanese IT interview readiness',
  showProgressBar: 'top',
  progressBarType: 'pages',
  showQuestionNumbers: 'off',
  pages,
  completedHtml: '<p>Thank you.</p>',
};

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const nm = path.join(root, 'node_modules');
for (const f of ['survey-core/survey.core.min.js', 'survey-core/survey-core.fontless.min.css', 'survey-js-ui/survey-js-ui.min.js']) {
  fs.copyFileSync(path.join(nm, f), path.join(out, path.basename(f)));
}
for (const f of fs.readdirSync(path.join(here, 'surveyjs'))) fs.copyFileSync(path.join(here, 'surveyjs', f), path.join(out, f));
fs.writeFileSync(path.join(out, 'survey.json'), JSON.stringify(survey));
const version = JSON.parse(fs.readFileSync(path.join(nm, 'survey-js-ui/package.json'), 'utf8')).version;
console.log(`bench: SurveyJS ${version} page with ${pages.length} items in ${path.relative(root, out)}/`);

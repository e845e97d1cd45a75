// The SurveyJS peer page: fetches the survey generated from Naitei's English bank
// (survey.json, written by bench/surveyjs-build.mjs) and renders it one item per page.
// External file so the page runs under the same Content-Security-Policy as Naitei's.
// `?animation=off` turns off SurveyJS's page-change animations (on by default).
if (new URLSearchParams(location.search).get('animation') === 'off') Survey.settings.animationEnabled = false;
fetch('survey.json')
  .then((r) => r.json())
  .then((json) => {
    const survey = new Survey.Model(json);
    window.__survey = survey;
    survey.render(document.getElementById('survey'));
  });

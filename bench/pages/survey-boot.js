// The host page's few lines that a SurveyJS embed needs (its docs' "render the survey" step):
// a model from the questionnaire JSON, rendered into a container. The JSON is either on the page
// already (window.BENCH_SURVEY, from a script file) or fetched from data-src, as the readiness
// checker fetches its `src`.
(() => {
  const container = document.getElementById('survey');
  const start = (json) => {
    const model = new window.Survey.Model(json);
    model.locale = 'fi';
    window.SurveyUI.renderSurvey(model, container);
  };
  if (window.BENCH_SURVEY) start(window.BENCH_SURVEY);
  else
    fetch(container.dataset.src)
      .then((response) => response.json())
      .then(start);
})();

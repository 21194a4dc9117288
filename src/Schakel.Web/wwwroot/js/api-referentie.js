// Settings of the API reference viewer (Features/Api/ApiReferentie.cs): the app's own document, no fonts or
// services from elsewhere.
(function () {
  var doel = document.getElementById('api-referentie');
  if (!doel || !window.Scalar) {
    return;
  }
  window.Scalar.createApiReference(doel, {
    url: doel.getAttribute('data-document'),
    withDefaultFonts: false,
    telemetry: false,
    hideClientButton: true,
    showDeveloperTools: 'never',
    agent: { disabled: true },
    mcp: { disabled: true },
    hideDarkModeToggle: false,
    defaultOpenAllTags: false
  });
})();

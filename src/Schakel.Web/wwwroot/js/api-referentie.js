// Settings of the API reference viewer (Features/Api/ApiReferentie.cs): the app's own document, no fonts or
// services from elsewhere, light mode with colours that meet WCAG 2.2 AA contrast (the viewer's own greys and
// method colours do not).
(function () {
  var doel = document.getElementById('api-referentie');
  if (!doel || !window.Scalar) {
    return;
  }
  var kleuren = '.light-mode{' +
    '--scalar-color-2:#555555;--scalar-color-3:#5e5e5e;--scalar-color-accent:#0b5cad;' +
    '--scalar-color-green:#05683f;--scalar-color-blue:#0b5cad;--scalar-color-orange:#9a4500;' +
    '--scalar-color-yellow:#745800;--scalar-color-red:#b3261e;--scalar-color-purple:#6b3fa0}';
  window.Scalar.createApiReference(doel, {
    url: doel.getAttribute('data-document'),
    withDefaultFonts: false,
    telemetry: false,
    hideClientButton: true,
    showDeveloperTools: 'never',
    agent: { disabled: true },
    mcp: { disabled: true },
    forceDarkModeState: 'light',
    hideDarkModeToggle: true,
    customCss: kleuren,
    // The viewer's own labels in Dutch (api-referentie-nl.js); the document's summaries are Dutch already.
    localization: { locale: 'nl', translations: window.schakelApiReferentieNl || {} }
  });

  // Icon-only links (such as the contact website) get their address as accessible name.
  function benoem() {
    doel.querySelectorAll('a[href]:not([aria-label])').forEach(function (a) {
      if (!a.textContent.trim()) {
        a.setAttribute('aria-label', a.getAttribute('href'));
      }
    });
  }
  new MutationObserver(benoem).observe(doel, { childList: true, subtree: true });
  benoem();
})();

// Quick exit: replace the history entry so the back button does not return to Schakel.
document.addEventListener('click', function (e) {
  var link = e.target.closest && e.target.closest('a[data-snelweg]');
  if (!link) { return; }
  e.preventDefault();
  window.location.replace(link.href);
});

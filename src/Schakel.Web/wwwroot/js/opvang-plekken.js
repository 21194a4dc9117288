// The shelter's own page (/opvang/mijn-plekken) live: when one of its beds is held, or a hold ends, the part with
// the holds waiting for an answer is fetched from the page itself and replaced in place, and the new state is
// announced politely. Not while focus is inside that part, so a keyboard user does not lose their place; the
// next signal or a reload catches up. Without this script the page works by reload.
import { haalHtml, verbindLive } from './live.js';

const live = document.querySelector('[data-plekken-live]');

function isEigenPool(poolId) {
  return document.querySelector('[data-pool-id="' + CSS.escape(poolId) + '"]') !== null;
}

async function werkReserveringenBij() {
  const deel = document.getElementById('reserveringen-deel');
  if (!deel || deel.contains(document.activeElement)) {
    return;
  }
  const html = await haalHtml(window.location.pathname);
  if (html === null) {
    return;
  }
  const nieuw = new DOMParser().parseFromString(html, 'text/html').getElementById('reserveringen-deel');
  if (nieuw) {
    deel.replaceWith(nieuw);
    live.textContent = nieuw.dataset.aankondiging || '';
  }
}

if (live && window.signalR) {
  verbindLive('/hubs/opvang', {
    reservering: (signaal) => (isEigenPool(signaal.poolId) ? werkReserveringenBij() : null),
  }, werkReserveringenBij);
}

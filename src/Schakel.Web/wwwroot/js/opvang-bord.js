// Live figures for the shelter board and the request page. Without this script the pages work by reload.
// On a "beschikbaarheid" signal the pool's figures are fetched as a server-rendered fragment (so texts and
// freshness stay in the reader's language) and announced politely to screen readers.
import { haalHtml, verbindLive } from './live.js';

const live = document.querySelector('[data-opvang-live]');

async function werkBij(poolId) {
  const plekken = document.querySelectorAll('[data-pool-cijfers="' + CSS.escape(poolId) + '"]');
  if (plekken.length === 0) {
    return;
  }
  const html = await haalHtml('/opvang/bord/pools/' + encodeURIComponent(poolId));
  if (html === null) {
    return;
  }
  const sjabloon = document.createElement('template');
  sjabloon.innerHTML = html.trim();
  const nieuw = sjabloon.content.querySelector('[data-pool-cijfers]');
  if (!nieuw) {
    return;
  }
  plekken.forEach((p) => p.replaceWith(nieuw.cloneNode(true)));
  live.textContent = nieuw.dataset.aankondiging || '';
}

// A hold of this request changed (confirmed, declined, expired): refresh its table from the page itself.
async function werkReserveringenBij(reserveringId) {
  const tabel = document.getElementById('reserveringen');
  if (!tabel || !tabel.querySelector('[data-reservering="' + CSS.escape(reserveringId) + '"]')) {
    return;
  }
  const html = await haalHtml(window.location.pathname);
  if (html === null) {
    return;
  }
  const nieuw = new DOMParser().parseFromString(html, 'text/html').getElementById('reserveringen');
  if (nieuw) {
    tabel.replaceWith(nieuw);
    const rij = nieuw.querySelector('[data-reservering="' + CSS.escape(reserveringId) + '"]');
    live.textContent = rij ? rij.textContent.replace(/\s+/g, ' ').trim() : '';
  }
}

// The 36-hour clock moves on: the board's open requests are fetched again every minute and after a hold
// changed. Not while focus is inside them, so a keyboard user does not lose their place.
async function werkVerzoekenBij() {
  const deel = document.getElementById('verzoeken-deel');
  if (!deel || deel.contains(document.activeElement)) {
    return;
  }
  const html = await haalHtml(deel.dataset.fragment);
  if (html === null) {
    return;
  }
  const sjabloon = document.createElement('template');
  sjabloon.innerHTML = html.trim();
  const nieuw = sjabloon.content.getElementById('verzoeken-deel');
  if (nieuw) {
    deel.replaceWith(nieuw);
  }
}

if (document.getElementById('verzoeken-deel')) {
  setInterval(() => { werkVerzoekenBij().catch(() => {}); }, 60000);
}

if (live && window.signalR) {
  verbindLive('/hubs/opvang', {
    beschikbaarheid: (cijfers) => werkBij(cijfers.poolId),
    reservering: (signaal) => Promise.all([werkReserveringenBij(signaal.reserveringId), werkVerzoekenBij()]),
  }, werkVerzoekenBij);
}

// Live referral page, for the receiver and the sender alike. Without this script the page works by reload.
// When this referral changes (a "gewijzigd" signal carries its id only) the page is fetched again and its
// status and conversation are replaced. The action forms are replaced only when the allowed actions changed
// and nothing has been typed in them, so a half-written answer is never lost; the change is announced politely.
import { haalHtml, verbindLive } from './live.js';

const live = document.getElementById('doorverwijzing-live');

function ingevuld(deel) {
  return [...deel.querySelectorAll('textarea, input[type=text]')].some((veld) => veld.value.trim() !== '');
}

async function werkBij() {
  const html = await haalHtml(window.location.pathname);
  if (html === null) {
    return;
  }
  const nieuw = new DOMParser().parseFromString(html, 'text/html');
  for (const deel of ['doorverwijzing-stand', 'doorverwijzing-gesprek']) {
    const oud = document.getElementById(deel);
    const vers = nieuw.getElementById(deel);
    if (oud && vers) {
      oud.replaceWith(document.adoptNode(vers));
    }
  }
  const acties = document.getElementById('doorverwijzing-acties');
  const nieuweActies = nieuw.getElementById('doorverwijzing-acties');
  if (acties && nieuweActies && acties.dataset.acties !== nieuweActies.dataset.acties && !ingevuld(acties)) {
    acties.replaceWith(document.adoptNode(nieuweActies));
  }
  live.textContent = live.dataset.tekst || '';
}

if (live && window.signalR) {
  const id = live.dataset.doorverwijzing;
  verbindLive('/hubs/doorverwijzingen', {
    gewijzigd: (signaal) => (signaal && signaal.id === id ? werkBij() : undefined),
  }, werkBij);
}

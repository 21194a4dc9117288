// Live partner inbox. Without this script the page works by reload. On a "nieuw" or "gewijzigd" signal (a
// referral id only) the list is fetched again as a server-rendered fragment with the page's own filters, so
// texts stay in the reader's language, and the change is announced politely to screen readers.
import { haalHtml, verbindLive } from './live.js';

const lijst = document.getElementById('doorverwijzingen-lijst');
const live = document.getElementById('doorverwijzingen-live');

async function werkBij() {
  const html = await haalHtml(lijst.dataset.fragment);
  if (html === null) {
    return;
  }
  lijst.innerHTML = html;
  live.textContent = live.dataset.tekst || '';
}

if (lijst && live && window.signalR) {
  verbindLive('/hubs/doorverwijzingen', { nieuw: werkBij, gewijzigd: werkBij }, werkBij);
}

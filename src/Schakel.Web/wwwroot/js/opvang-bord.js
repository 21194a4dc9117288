// Live figures for the shelter board and the request page. Without this script the pages work by reload.
// On a "beschikbaarheid" signal the pool's figures are fetched as a server-rendered fragment (so texts and
// freshness stay in the reader's language) and announced politely to screen readers.
const live = document.querySelector('[data-opvang-live]');

async function werkBij(poolId) {
  const plekken = document.querySelectorAll('[data-pool-cijfers="' + CSS.escape(poolId) + '"]');
  if (plekken.length === 0) {
    return;
  }
  const antwoord = await fetch('/opvang/bord/pools/' + encodeURIComponent(poolId), {
    credentials: 'same-origin',
    headers: { Accept: 'text/html' },
    cache: 'no-store',
  });
  if (!antwoord.ok) {
    return;
  }
  const sjabloon = document.createElement('template');
  sjabloon.innerHTML = (await antwoord.text()).trim();
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
  const antwoord = await fetch(window.location.pathname, { credentials: 'same-origin', cache: 'no-store' });
  if (!antwoord.ok) {
    return;
  }
  const nieuw = new DOMParser().parseFromString(await antwoord.text(), 'text/html').getElementById('reserveringen');
  if (nieuw) {
    tabel.replaceWith(nieuw);
    const rij = nieuw.querySelector('[data-reservering="' + CSS.escape(reserveringId) + '"]');
    live.textContent = rij ? rij.textContent.replace(/\s+/g, ' ').trim() : '';
  }
}

function verbind() {
  const verbinding = new window.signalR.HubConnectionBuilder()
    .withUrl('/hubs/opvang')
    .withAutomaticReconnect()
    .build();
  verbinding.on('beschikbaarheid', (cijfers) => {
    werkBij(cijfers.poolId).catch(() => {});
  });
  verbinding.on('reservering', (signaal) => {
    werkReserveringenBij(signaal.reserveringId).catch(() => {});
  });
  // Automatic reconnect gives up after a few tries and never covers a failed first start: keep trying.
  const opnieuw = () => setTimeout(start, 5000);
  verbinding.onclose(opnieuw);
  async function start() {
    try {
      await verbinding.start();
      document.documentElement.dataset.opvangLive = 'verbonden';
    } catch {
      opnieuw();
    }
  }
  start();
}

if (live && window.signalR) {
  verbind();
}

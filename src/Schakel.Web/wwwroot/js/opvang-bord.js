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

function verbind() {
  const verbinding = new window.signalR.HubConnectionBuilder()
    .withUrl('/hubs/opvang')
    .withAutomaticReconnect()
    .build();
  verbinding.on('beschikbaarheid', (cijfers) => {
    werkBij(cijfers.poolId).catch(() => {});
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

// Live partner inbox. Without this script the page works by reload. On a "nieuw" or "gewijzigd" signal (a
// referral id only) the list is fetched again as a server-rendered fragment with the page's own filters, so
// texts stay in the reader's language, and the change is announced politely to screen readers.
const lijst = document.getElementById('doorverwijzingen-lijst');
const live = document.getElementById('doorverwijzingen-live');

async function werkBij() {
  const antwoord = await fetch(lijst.dataset.fragment, {
    credentials: 'same-origin',
    headers: { Accept: 'text/html' },
    cache: 'no-store',
  });
  if (!antwoord.ok) {
    return;
  }
  lijst.innerHTML = await antwoord.text();
  live.textContent = live.dataset.tekst || '';
}

function verbind() {
  const verbinding = new window.signalR.HubConnectionBuilder()
    .withUrl('/hubs/doorverwijzingen')
    .withAutomaticReconnect()
    .build();
  verbinding.on('nieuw', () => { werkBij().catch(() => {}); });
  verbinding.on('gewijzigd', () => { werkBij().catch(() => {}); });
  // Automatic reconnect gives up after a few tries and never covers a failed first start: keep trying.
  const opnieuw = () => setTimeout(start, 5000);
  verbinding.onclose(opnieuw);
  function start() {
    verbinding.start().catch(opnieuw);
  }
  start();
}

if (lijst && live && window.signalR) {
  verbind();
}

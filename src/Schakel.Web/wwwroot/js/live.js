// One SignalR connection for a live page. Automatic reconnect gives up after a few tries and never covers a
// failed first start, so this keeps trying; after a reconnect, signals may have been missed, so the page is
// asked to catch up. <html data-live="verbonden"> tells styles and browser tests the page is listening.
export function verbindLive(pad, signalen, bijHerstel) {
  const verbinding = new window.signalR.HubConnectionBuilder()
    .withUrl(pad)
    .withAutomaticReconnect()
    .build();
  for (const [naam, verwerk] of Object.entries(signalen)) {
    verbinding.on(naam, (signaal) => {
      Promise.resolve().then(() => verwerk(signaal)).catch(() => {});
    });
  }
  const herstel = () => {
    if (bijHerstel) {
      Promise.resolve().then(bijHerstel).catch(() => {});
    }
  };
  let eerder = false;
  const opnieuw = () => {
    delete document.documentElement.dataset.live;
    setTimeout(start, 5000);
  };
  verbinding.onclose(opnieuw);
  verbinding.onreconnecting(() => { delete document.documentElement.dataset.live; });
  verbinding.onreconnected(() => {
    document.documentElement.dataset.live = 'verbonden';
    herstel();
  });
  async function start() {
    try {
      await verbinding.start();
    } catch {
      opnieuw();
      return;
    }
    document.documentElement.dataset.live = 'verbonden';
    if (eerder) {
      herstel();
    }
    eerder = true;
  }
  start();
}

// Fetches a page (or fragment) of this site as HTML, or null when it is not there (signed out, gone).
// The header tells a fragment page it is fetched by a script (Shell/Fragment.cs); opened on its own it
// sends the reader to its whole page.
export async function haalHtml(adres) {
  const antwoord = await fetch(adres, {
    credentials: 'same-origin',
    headers: { Accept: 'text/html', 'X-Schakel-Fragment': '1' },
    cache: 'no-store',
  });
  return antwoord.ok ? antwoord.text() : null;
}

// Developer sign-in (Development only): asks the server for a demo persona's token, keeps it in this browser tab's
// session storage where the tab pages look for it (tab.js), and goes back to the page that sent the user here.
const tokenKey = 'wijkverbinder.devToken';

function returnUrl() {
    const value = new URLSearchParams(location.search).get('returnUrl') ?? '/tabs/referrals';
    // Only paths on this site: never an absolute or protocol-relative URL.
    return value.startsWith('/') && !value.startsWith('//') ? value : '/tabs/referrals';
}

for (const button of document.querySelectorAll('button[data-colleague]')) {
    button.addEventListener('click', async () => {
        const response = await fetch('/dev/sign-in/token', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ colleague: button.dataset.colleague }),
        });
        if (!response.ok) {
            button.setAttribute('aria-invalid', 'true');
            return;
        }
        const { token } = await response.json();
        sessionStorage.setItem(tokenKey, token);
        location.assign(returnUrl());
    });
}

// The buttons do nothing until this module has run: say so, so a quick click (or a test) can wait for it.
document.documentElement.dataset.signInReady = 'true';

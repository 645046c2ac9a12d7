// The tab pages' bridge to their host. Inside Teams: the Teams JavaScript SDK (served from /lib, installed from npm)
// gives the context (theme, locale, tab settings) and the SSO token. Outside Teams: the theme and locale come from
// the query string, and the token from the developer sign-in (Development only), kept in session storage.
const devTokenKey = 'wijkverbinder.devToken';
let inTeams = false;

function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

function loadTeamsSdk() {
    if (window.microsoftTeams) {
        return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/lib/MicrosoftTeams.min.js';
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
    });
}

export async function initialize() {
    const query = new URLSearchParams(location.search);
    const fallback = { inTeams: false, theme: query.get('theme') ?? 'default', locale: query.get('locale') ?? '', settings: null };
    // A page opened on its own is not framed, so it cannot be in Teams: the SDK is loaded only in a frame.
    if (window.parent === window) {
        return fallback;
    }
    try {
        await loadTeamsSdk();
        await withTimeout(microsoftTeams.app.initialize(), 5000);
        const context = await microsoftTeams.app.getContext();
        inTeams = true;
        return { inTeams: true, theme: context.app.theme ?? 'default', locale: context.app.locale ?? '', settings: null, subPageId: context.page?.subPageId ?? null };
    } catch {
        return fallback;
    }
}

// The token goes to the server in a plain request, never through the Blazor circuit (SignalR logs its messages);
// the circuit gets only the one-time ticket. No token, no ticket: the page handles that as before.
export async function getSignInTicket() {
    const token = await getToken();
    if (!token) {
        return null;
    }
    try {
        const response = await fetch('/api/tab-sign-in/ticket', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
        return response.ok ? (await response.json()).ticket : '';
    } catch {
        return '';
    }
}

async function getToken() {
    if (inTeams) {
        try {
            return await microsoftTeams.authentication.getAuthToken();
        } catch {
            // Teams refused (consent needed, offline, no SSO for this app): the page says sign-in failed.
            return null;
        }
    }
    return sessionStorage.getItem(devTokenKey);
}

export function forgetDevToken() {
    sessionStorage.removeItem(devTokenKey);
}

export function onThemeChange(dotnet) {
    if (inTeams) {
        microsoftTeams.app.registerOnThemeChangeHandler(theme => dotnet.invokeMethodAsync('ThemeChanged', theme));
    }
}

export function setBodyTheme(theme) {
    // Not data-theme: Fluent UI's FluentDesignTheme writes that one ("light" or "dark") itself.
    document.body.dataset.teamsTheme = theme;
}

export function notifySuccess() {
    if (inTeams) {
        microsoftTeams.app.notifySuccess();
    }
}

// Without it Teams keeps its loading indicator until it gives up. A token Teams could not give or we refused is an
// authentication failure; a valid user without a role or registration is an expected one (permission). The page
// shows its own message either way; the reason is a name, never the token.
export function notifyFailure(failure) {
    if (!inTeams) {
        return;
    }
    if (failure === 'NoRole' || failure === 'NotRegistered') {
        microsoftTeams.app.notifyExpectedFailure({ reason: 'PermissionError', message: failure });
    } else {
        microsoftTeams.app.notifyFailure({ reason: 'AuthFailed', message: failure });
    }
}

// The configuration page of the channel tab: Teams asks for the settings when the user presses Save. The SDK allows
// this only in Teams' settings frame (anywhere else it throws), and Teams waits until the save is answered.
let configuring = false;

export function configure(dotnet, suggestedDisplayName) {
    if (!inTeams || microsoftTeams.app.getFrameContext() !== microsoftTeams.FrameContexts.settings) {
        return false;
    }
    microsoftTeams.pages.config.registerOnSaveHandler(async saveEvent => {
        try {
            const settings = await dotnet.invokeMethodAsync('Settings');
            await microsoftTeams.pages.config.setConfig({
                contentUrl: settings.contentUrl,
                websiteUrl: settings.websiteUrl,
                entityId: settings.entityId,
                suggestedDisplayName: settings.displayName ?? suggestedDisplayName,
            });
            saveEvent.notifySuccess();
        } catch (error) {
            saveEvent.notifyFailure(error?.message ?? 'save failed');
        }
    });
    configuring = true;
    return true;
}

export function setConfigValid(valid) {
    if (configuring) {
        microsoftTeams.pages.config.setValidityState(valid);
    }
}

// Saves text as a file (CSV export) without a server round trip: the data is already on the page.
export function download(fileName, mimeType, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
}

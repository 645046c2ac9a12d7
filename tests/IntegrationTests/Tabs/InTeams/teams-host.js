// A stand-in for the Teams web client around one tab: it frames the tab's page and answers the Teams JavaScript SDK
// (@microsoft/teams-js 2.x) over window.postMessage as the host does. The protocol is read from the SDK's source
// (internal/communication.ts, internal/appHelpers.ts, public/app/app.ts, public/pages/config.ts,
// public/authentication.ts, internal/handlers.ts):
// - a request from the page is { id, uuidAsString, func, args, apiVersionTag, ... };
// - an answer is { id, uuidAsString, args } (the SDK matches it to the request by uuid, else by id);
// - an event from the host is { func, args } without an id (themeChange, settings.save).
// Every request is recorded, so that tests assert what the page really asked of its host.
'use strict';

const host = {
    received: [],
    frame: null,
    tabOrigin: null,
    config: null,
};

// What the host supports (runtime API version 4, the SDK's latest): only the capabilities the tab pages use.
// app without notifySuccessResponse: appInitialization.success is then a one-way message, as in Teams.
const runtime = {
    apiVersion: 4,
    isLegacyTeams: false,
    supports: {
        app: {},
        authentication: {},
        pages: { config: {} },
        teamsCore: {},
    },
};

// The host's answers, by function name; a function without an entry gets no answer (a one-way message).
const answers = {
    initialize: () => [host.config.frameContext, 'web', JSON.stringify(runtime), '2.58.0'],
    getContext: () => [legacyContext()],
    'authentication.getAuthToken': () => host.config.token
        ? [true, host.config.token]
        : [false, 'resourceRequiresConsent'],
    'settings.setSettings': () => [true],
};

// Teams' context as the host sends it (the SDK turns it into app.Context: app.theme, app.locale, user.id, ...).
function legacyContext() {
    const c = host.config;
    return {
        frameContext: c.frameContext,
        hostClientType: 'web',
        hostName: 'Teams',
        theme: c.theme,
        locale: c.locale,
        entityId: c.entityId,
        subEntityId: c.subEntityId,
        userObjectId: c.userObjectId,
        tid: c.tenantId,
        loginHint: c.loginHint,
        userPrincipalName: c.loginHint,
        channelId: c.channelId,
        channelName: c.channelName,
        teamId: c.teamId,
        teamName: c.teamName,
        appSessionId: 'f3a6c1d2-0000-4000-8000-000000000001',
        sessionId: 'f3a6c1d2-0000-4000-8000-000000000002',
    };
}

// Teams fills these placeholders in a tab's content URL before it frames the page.
function fillPlaceholders(url) {
    const c = host.config;
    const values = {
        locale: c.locale, theme: c.theme, entityId: c.entityId, subEntityId: c.subEntityId,
        userObjectId: c.userObjectId, tid: c.tenantId, channelId: c.channelId, teamId: c.teamId,
    };
    return url.replace(/\{(\w+)\}/g, (whole, name) => name in values ? encodeURIComponent(values[name] ?? '') : whole);
}

function send(message) {
    host.frame.contentWindow.postMessage(message, host.tabOrigin);
}

window.addEventListener('message', event => {
    // Only the framed tab talks to this host; the SDK's first message (initialize) goes to '*'.
    if (!host.frame || event.source !== host.frame.contentWindow || event.origin !== host.tabOrigin) {
        return;
    }
    const request = event.data;
    if (!request || typeof request.func !== 'string') {
        return;
    }
    host.received.push({ func: request.func, args: request.args ?? [], apiVersionTag: request.apiVersionTag ?? null });
    const answer = answers[request.func];
    if (answer && typeof request.id === 'number') {
        send({ id: request.id, uuidAsString: request.uuidAsString, args: answer(request.args ?? []) });
    }
});

window.teamsHost = {
    received: host.received,

    // Frames the tab: config = { url, frameContext, theme, locale, token, userObjectId, tenantId, ... }.
    open(config) {
        host.config = config;
        const url = fillPlaceholders(config.url);
        host.tabOrigin = new URL(url).origin;
        const frame = document.createElement('iframe');
        frame.id = 'tab';
        frame.title = 'tab';
        frame.src = url;
        host.frame = frame;
        document.getElementById('stage').appendChild(frame);
        return url;
    },

    // The user switched Teams' theme.
    changeTheme(theme) {
        host.config.theme = theme;
        send({ func: 'themeChange', args: [theme] });
    },

    // The user pressed Save on the configuration dialog.
    save() {
        send({ func: 'settings.save', args: [{}] });
    },
};

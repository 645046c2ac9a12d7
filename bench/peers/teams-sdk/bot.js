// Benchmark peer: an echo bot on the Teams SDK for TypeScript (@microsoft/teams.apps 2.1.0), the shape of its
// quickstart echo sample, in plain JavaScript (no build step). No client id or secret, and
// dangerouslyAllowUnauthenticatedRequests: the SDK's local-testing mode: inbound requests are not authenticated and
// replies carry no token.
// Usage: PORT=3980 node bot.js; the benchmark waits for "listening" on stdout.
'use strict';
const { App } = require('@microsoft/teams.apps');
const { ConsoleLogger } = require('@microsoft/teams.common');

const app = new App({
  dangerouslyAllowUnauthenticatedRequests: true,
  logger: new ConsoleLogger('peer', { level: 'error' }),
});

app.on('message', async ({ reply, activity }) => {
  await reply(`Echo: ${activity.text}`);
});

app.start(Number(process.env.PORT || 3980)).then(() => console.log('listening'));

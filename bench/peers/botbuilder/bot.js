// Benchmark peer: an echo bot on the Bot Framework SDK for JavaScript (botbuilder 4.23.3), the same shape as the
// official EchoBot sample, served by plain node http. No MicrosoftAppId: the SDK's local-testing mode (as with the Bot
// Framework Emulator): inbound requests are not authenticated and replies carry no token.
// Usage: PORT=3979 node bot.js; the benchmark waits for "listening" on stdout.
'use strict';
const http = require('node:http');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } = require('botbuilder');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error.message}`);
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text}`));
      await next();
    });
  }
}

const bot = new EchoBot();

// The small part of restify's request and response that CloudAdapter.process uses.
function asAdapterResponse(res) {
  return {
    socket: res.socket,
    status(code) { res.statusCode = code; return this; },
    header(name, value) { res.setHeader(name, value); return this; },
    send(body) {
      if (body !== undefined && body !== null) {
        res.setHeader('content-type', 'application/json');
        res.write(typeof body === 'string' ? body : JSON.stringify(body));
      }
      return this;
    },
    end() { res.end(); return this; },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }

  const chunks = [];
  req.on('data', chunk => chunks.push(chunk));
  req.on('end', () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }

    adapter.process(req, asAdapterResponse(res), context => bot.run(context)).catch(error => {
      console.error(`process error: ${error.message}`);
      if (!res.headersSent) {
        res.statusCode = 500;
      }
      res.end();
    });
  });
});

server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT || 3979), '127.0.0.1', () => console.log('listening'));

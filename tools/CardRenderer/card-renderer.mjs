// Renders Adaptive Card JSON with the official renderer (npm adaptivecards) in Debian's headless Chromium, with the
// Teams host config. Started once by CardRenderer.cs: one JSON request per line on stdin, one JSON answer per line on
// stdout, so a test run pays for one browser start.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const rendererScript = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const hostConfig = JSON.parse(await readFile(new URL('./HostConfig/microsoft-teams-light.json', import.meta.url), 'utf8'));

// Flags from the machine notes: without the background-networking ones Chromium keeps dialling out of a closed
// network. Playwright adds --no-sandbox and a new, empty user data dir of its own.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 560, height: 400 }, locale: 'nl-NL' });
const pageErrors = [];
page.on('pageerror', error => pageErrors.push(String(error)));
// About the width of a card in a Teams chat.
await page.setContent(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
  body { margin: 0; background: #f5f5f5; }
  #card { width: 500px; margin: 16px; background: #fff; border: 1px solid #e1dfdd; border-radius: 4px; }
</style></head><body><div id="card"></div></body></html>`);
await page.addScriptTag({ path: rendererScript });

// Runs in the page: parse with a context that collects parse events, validate, render into #card.
function renderInPage({ cardJson, hostConfig }) {
  const AC = window.AdaptiveCards;
  const problems = [];
  const add = (phase, event) => problems.push({ phase, code: AC.ValidationEvent[event.event] ?? String(event.event), message: event.message });
  const host = document.getElementById('card');
  host.replaceChildren();
  let json;
  try {
    json = JSON.parse(cardJson);
  } catch (error) {
    return { problems: [{ phase: 'parse', code: 'InvalidJson', message: String(error) }], html: '' };
  }
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(hostConfig);
  // Teams renders bot cards of schema 1.5 at most: newer versions and properties are errors here too.
  card.maxVersion = AC.Versions.v1_5;
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    add('parse', context.getEventAt(i));
  }
  for (const event of card.validateProperties().validationEvents) {
    add('validation', event);
  }
  const rendered = card.render();
  if (rendered) {
    host.appendChild(rendered);
  } else {
    problems.push({ phase: 'render', code: 'NotRendered', message: 'The renderer returned no element.' });
  }
  return { problems, html: host.innerHTML };
}

async function answer(line) {
  try {
    const request = JSON.parse(line);
    pageErrors.length = 0;
    const result = await page.evaluate(renderInPage, { cardJson: request.cardJson, hostConfig });
    result.problems.push(...pageErrors.map(message => ({ phase: 'page', code: 'ScriptError', message })));
    if (request.screenshotPath) {
      await mkdir(path.dirname(request.screenshotPath), { recursive: true });
      await page.locator('#card').screenshot({ path: request.screenshotPath });
    }
    return result;
  } catch (error) {
    return { error: String(error?.stack ?? error) };
  }
}

process.stdout.write(JSON.stringify({ ready: true, renderer: require('adaptivecards/package.json').version }) + '\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim()) {
    process.stdout.write(JSON.stringify(await answer(line)) + '\n');
  }
}
await browser.close();

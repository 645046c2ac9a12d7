// Builds the Teams app package: node manifest/package.mjs <env file> [output zip]
// Fills manifest.template.json with the env file's values (${NAME}), refuses a missing one, and zips the manifest,
// its English localisation and the two icons. Node only (no zip or envsubst needed), so it runs wherever the tests do.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const names = ['APP_VERSION', 'TEAMS_APP_ID', 'BOT_ID', 'SSO_CLIENT_ID', 'APP_HOST', 'MUNICIPALITY_NAME', 'PRIVACY_URL', 'TERMS_URL'];
const [envFile, outArg] = process.argv.slice(2);
if (!envFile) {
    console.error('usage: node manifest/package.mjs <env file> [output zip]');
    process.exit(2);
}

// KEY=value lines; blank lines and # comments are skipped; surrounding quotes are removed.
const env = {};
for (const line of readFileSync(envFile, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && !line.trimStart().startsWith('#')) {
        env[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
    }
}
for (const name of names) {
    if (!env[name]) {
        console.error(`${envFile}: ${name} is not set`);
        process.exit(1);
    }
}

const manifest = readFileSync(join(here, 'manifest.template.json'), 'utf8')
    .replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g, (text, name) => (names.includes(name) ? env[name] : text));
const files = [
    ['manifest.json', Buffer.from(manifest, 'utf8')],
    ['en-us.json', readFileSync(join(here, 'en-us.json'))],
    ['color.png', readFileSync(join(here, 'color.png'))],
    ['outline.png', readFileSync(join(here, 'outline.png'))],
];

// A zip of stored (uncompressed) entries: local headers and data, then the central directory and its end record.
const locals = [];
const centrals = [];
let offset = 0;
for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(0, 8); local.writeUInt32LE(0x00210000, 10); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(0, 10); central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
}
const directory = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);

const out = resolve(outArg ?? join(here, 'build', `wijkverbinder-${basename(envFile).replace(/^\.env\.?/, '')}.zip`));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.concat([...locals, directory, end]));
console.log(out);

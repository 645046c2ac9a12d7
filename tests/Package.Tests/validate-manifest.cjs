// node validate-manifest.cjs <node_modules> (<schema> <document>)...: validates each document with the official
// draft-04 schema (ajv-draft-04 and ajv-formats, installed with @microsoft/app-manifest by tools/package-lock.json).
const [modules, ...pairs] = process.argv.slice(2);
const Ajv = require(`${modules}/ajv-draft-04`);
const addFormats = require(`${modules}/ajv-formats`);
let failed = false;
for (let i = 0; i < pairs.length; i += 2) {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(require(pairs[i]));
  if (!validate(require(pairs[i + 1]))) {
    failed = true;
    console.error(pairs[i + 1], JSON.stringify(validate.errors, null, 2));
  }
}
process.exit(failed ? 1 : 0);

#!/usr/bin/env bash
# Builds the Teams app package: manifest/package.sh <env file> [output zip]
# Fills manifest.template.json with the env file's values, checks that none is left unset, and zips the manifest,
# its English localisation and the two icons (docs/deploy.md, step "App package").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
env_file="${1:?usage: manifest/package.sh <env file> [output zip]}"
out="$(realpath -m "${2:-$here/build/wijkverbinder-$(basename "$env_file" | sed 's/^\.env\.\{0,1\}//').zip}")"
set -a; source "$env_file"; set +a
for name in APP_VERSION TEAMS_APP_ID BOT_ID SSO_CLIENT_ID APP_HOST MUNICIPALITY_NAME PRIVACY_URL TERMS_URL; do
  [[ -n "${!name:-}" ]] || { echo "$env_file: $name is not set" >&2; exit 1; }
done
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
vars='$APP_VERSION $TEAMS_APP_ID $BOT_ID $SSO_CLIENT_ID $APP_HOST $MUNICIPALITY_NAME $PRIVACY_URL $TERMS_URL'
envsubst "$vars" < "$here/manifest.template.json" > "$work/manifest.json"
cp "$here/en-us.json" "$here/color.png" "$here/outline.png" "$work/"
mkdir -p "$(dirname "$out")"; rm -f "$out"
(cd "$work" && zip -q -X "$out" manifest.json en-us.json color.png outline.png)
echo "$out"

#!/usr/bin/env bash
# Derives review-service's list of free-mail and ISP domains (never a company's domain, so never
# enough for "client verified by Vetted") from the npm package free-email-domains, plus French ISP
# domains it lacks. Run from anywhere; rewrites src/main/resources/trust/free-mail-domains.txt.
set -euo pipefail
VERSION=1.12.6
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/main/resources/trust/free-mail-domains.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "free-email-domains@$VERSION" >/dev/null && tar xzf "free-email-domains-$VERSION.tgz")
french_isps="aliceadsl.fr bbox.fr cegetel.net club-internet.fr free.fr freesbee.fr laposte.net libertysurf.fr
mailo.com neuf.fr nordnet.fr numericable.fr numericable.com noos.fr orange.fr sfr.fr tele2.fr wanadoo.fr
9online.fr 9business.fr voila.fr bouyguestelecom.fr red.fr"
{
  echo "# Free-mail, disposable and ISP mail domains: an address there never identifies a company."
  echo "# Source: npm free-email-domains $VERSION (MIT licence, (c) Kiko Beats), plus French ISP domains"
  echo "# it lacks. Regenerate with review-service/scripts/free-mail-domains.sh; one domain a line."
  { node -e 'for (const d of require(process.argv[1])) console.log(d)' "$work/package/domains.json"
    tr ' ' '\n' <<<"$french_isps"; } | tr 'A-Z' 'a-z' | sed '/^$/d' | LC_ALL=C sort -u
} >"$out"
echo "wrote $(grep -vc '^#' "$out") domains to $out"

#!/usr/bin/env bash
# Makes sure Chromium, Firefox ESR and WebKitGTK (with Xvfb) are present.
# Installs missing ones with apt-get when running as root on Debian; otherwise
# stops and says exactly what to install or which variable to set.
# With --bench, also Debian's chromedriver, which `npm run bench` hands to Tachometer.
set -euo pipefail

chrome="${CHROME_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
webkit="${WEBKIT_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"

missing=()
[ -x "$chrome" ] || missing+=(chromium)
[ -x "$firefox" ] || missing+=(firefox-esr)
{ [ -x "$webkit" ] && command -v WebKitWebDriver >/dev/null; } || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb xauth)
[ -d /usr/share/fonts/truetype/liberation ] || missing+=(fonts-liberation)
[ "${1:-}" != --bench ] || [ -x "${CHROMEDRIVER_PATH:-/usr/bin/chromedriver}" ] || missing+=(chromium-driver)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing browsers for the tests with apt-get: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -x "$chrome" ] && [ -x "$firefox" ] && [ -x "$webkit" ] && exit 0
  echo "apt-get finished but a browser is still missing (check CHROME_PATH, FIREFOX_PATH, WEBKIT_PATH)." >&2
  exit 1
fi

cat >&2 <<MSG
The tests need real browsers and these are missing: ${missing[*]}
Install them on Debian or Ubuntu with:
  sudo apt-get update && sudo apt-get install -y ${missing[*]}
Or point the tests at browsers you already have:
  CHROME_PATH=/path/to/chromium   (now: $chrome)
  FIREFOX_PATH=/path/to/firefox   (now: $firefox)
  WEBKIT_PATH=/path/to/MiniBrowser (now: $webkit; needs WebKitWebDriver and Xvfb on PATH)
  CHROMEDRIVER_PATH=/path/to/chromedriver (npm run bench only; now: ${CHROMEDRIVER_PATH:-/usr/bin/chromedriver})
MSG
exit 1

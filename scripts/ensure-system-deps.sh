#!/usr/bin/env bash
# Runs before `npm test`: makes sure the system programs the tests use are installed.
# On a Debian machine where we are root it installs what is missing with apt-get; anywhere else it
# names the missing packages and stops, so a test never passes by silently skipping its tool.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
# The token server's shared rate-limit store is tested against a real Redis on loopback.
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)

# Each extra toolchain the language samples need: "command:debian-package", or
# "/absolute/path:debian-package" for a header (see tests/agora-builder-doubles/README.md). Go, Java, Maven,
# Python and g++ come with the machine image; setting EXTRA_TOOLCHAINS overrides this list.
EXTRA_TOOLCHAINS="${EXTRA_TOOLCHAINS-php:php-cli ruby:ruby /usr/share/doc/ruby-webrick/copyright:ruby-webrick mcs:mono-mcs mono:mono-runtime /usr/lib/mono/4.5/ICSharpCode.SharpZipLib.dll:libmono-sharpzip4.84-cil java:default-jdk-headless mvn:maven g++:g++ /usr/include/openssl/hmac.h:libssl-dev /usr/include/zlib.h:zlib1g-dev /usr/include/httplib.h:libcpp-httplib-dev cargo:cargo lua5.4:lua5.4 /usr/share/lua/5.4/openssl/hmac.lua:lua-luaossl /usr/share/doc/lua-zlib/copyright:lua-zlib /usr/share/lua/5.4/socket.lua:lua-socket}"
for pair in ${EXTRA_TOOLCHAINS}; do
  tool="${pair%%:*}"
  if [ "${tool#/}" != "$tool" ]; then
    [ -e "$tool" ] || missing+=("${pair#*:}")
  else
    command -v "$tool" >/dev/null 2>&1 || missing+=("${pair#*:}")
  fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

# As root, or through password-less sudo (as on GitHub's runners), install what is missing.
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  as_root=(none)
fi

if [ "${as_root[*]}" != none ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing missing system packages: ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The tests need these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  echo "(or point CHROMIUM_PATH at another Chromium or Chrome binary)" >&2
  exit 1
fi

#!/bin/bash
# Re-vendor amqplib's own tests from a git directory of github.com/amqp-node/amqplib at the tag
# that matches the "amqplib" version locked in package.json, then apply the edits README.md
# lists. Usage: vendor.sh <amqplib git dir> [tag]
set -euo pipefail
gitdir=$1
tag=${2:-v2.0.1}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$here/test"
git --git-dir="$gitdir" archive "$tag" test LICENSE LICENSE-MIT | tar -x -C "$here"
cd "$here/test"
# The tests import the library from their own checkout (../lib, ../channel_api); here it is the
# npm package of the same version. Its "exports" map hides lib/, so lib files go by path.
sed -i -E \
    -e "s#require\('\.\./\.\./lib/#require('../../node_modules/amqplib/lib/#g" \
    -e "s#require\('\.\./lib/#require('../node_modules/amqplib/lib/#g" \
    -e "s#require\('\.\./channel_api'\)#require('amqplib')#g" \
    -e "s#require\('\.\./callback_api'\)#require('amqplib/callback_api')#g" \
    ./*.js lib/*.js
grep -rn "require('\.\./\(lib\|channel_api\|callback_api\)\|require('\.\./\.\./lib" . && exit 1
echo "vendored $tag: $(git --git-dir="$gitdir" rev-parse "$tag^{commit}")"

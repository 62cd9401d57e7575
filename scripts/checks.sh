#!/bin/sh
# `npm run checks` (and the start of `npm test`): the lint beside the build, and the type check
# once the build has rewritten the generated lists it reads (the build writes them first; running
# `npm run typecheck` beside it would generate them a second time). Fails if any of the three
# fails, after all three have said why. The binaries are called directly: each `npm run` costs
# about 0.2 s of CPU just to start.
cd "$(dirname "$0")/.." || exit 1
PATH="$PWD/node_modules/.bin:$PATH"
biome check --error-on-warnings &
lint=$!
{
  tsx scripts/build.ts
  built=$?
  tsc -p tsconfig.json --noEmit --incremental --tsBuildInfoFile node_modules/.cache/marketing-kpi/typecheck.tsbuildinfo
  typed=$?
  exit $((built | typed))
} &
build_and_types=$!
wait $lint
L=$?
wait $build_and_types
B=$?
exit $((L | B))

// The moderator's duplicate list as the server builds it (server/duplicates): every claim synced,
// then worked through in slices of SLICE_MS as the background scheduler does, until ready. Times
// the whole build (wall and CPU), the longest slice (what a request waiting behind it could
// wait), and the size of the first page the route would send.
import { groupPage } from '../../server/api/list-duplicates';
import { createDuplicateList } from '../../server/duplicates/duplicate-list';
import { DEFAULT_DUPLICATE_THRESHOLD } from '../../src/domain/duplicates';
import { timeOnce } from './measure';

const SLICE_MS = 15;

export interface ListBuildResult {
  claims: number;
  buildMs: number;
  buildCpuMs: number;
  slices: number;
  longestSliceMs: number;
  groups: number;
  pairs: number;
  /** JSON bytes of the route's first page (20 groups, each capped). */
  firstPageBytes: number;
}

export function benchListBuild(texts: readonly string[]): ListBuildResult {
  const claims = texts.map((text, i) => ({ id: `c-${i}`, text }));
  let slices = 0;
  let longest = 0;
  const build = timeOnce(() => {
    const list = createDuplicateList(DEFAULT_DUPLICATE_THRESHOLD);
    list.sync(claims);
    let done = false;
    while (!done) {
      const start = performance.now();
      done = list.work(() => performance.now() - start >= SLICE_MS);
      longest = Math.max(longest, performance.now() - start);
      slices++;
    }
    return list.groups();
  });
  const groups = build.result;
  const firstPage = groups.slice(0, 20).map(groupPage);
  return {
    claims: texts.length,
    buildMs: build.ms,
    buildCpuMs: build.cpuMs,
    slices,
    longestSliceMs: Number(longest.toFixed(1)),
    groups: groups.length,
    pairs: groups.reduce((sum, g) => sum + g.pairs.length, 0),
    firstPageBytes: JSON.stringify({ groups: firstPage }).length,
  };
}

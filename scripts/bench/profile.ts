/**
 * `node --cpu-prof --import tsx scripts/bench/profile.ts [SOURCES]`: builds one store and analyses the bench
 * article a few times, for a CPU profile of the analysis (build excluded by its own mark). Not part of `bench`.
 */
import { ClaimIndex, analyze } from '../../src/engine';
import { loadSeeds } from '../../src/cli/sources';
import { benchArticle, syntheticSources } from './corpus';
import { medianMs, timed } from './measure';

const n = Number(process.argv[2] ?? 10_000);
const article = benchArticle(process.cwd());
const build = timed(() => new ClaimIndex([...loadSeeds(), ...syntheticSources(n)]));
console.log(`build ${n}: ${build.ms.toFixed(0)} ms`);
console.log(`analyze median: ${medianMs(() => analyze(article, build.value, { published: '2025-02-01' }), 5).toFixed(1)} ms`);

// Child process of huge.test.ts: processes one image with the pipeline and prints its memory use
// as JSON (a separate process so the peak RSS is this run's alone).
import { createImagePipeline, resolveImageConfig } from '../../src/images/index.js';

const [site, file] = process.argv.slice(2);
const baseline = process.memoryUsage().rss;
const pipeline = createImagePipeline(resolveImageConfig({ include: ['**'], widths: [480, 960], formats: ['webp'] })!, { source: site, progress: false });
const result = await pipeline.process([file]);
const peakKB = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ baselineMB: baseline / 2 ** 20, peakMB: peakKB / 1024, files: result.files.map((f) => f.path), warnings: result.warnings }));

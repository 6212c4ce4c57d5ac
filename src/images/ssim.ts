// SSIM (Wang et al. 2004) on greyscale pixels: 11×11 Gaussian window (σ 1.5), K1 0.01, K2 0.03,
// L 255, mean over the window positions that fit inside the image; and the worst tile: the SSIM map
// averaged over tiles of about 64 × 64 px, lowest tile. The mean alone misses local damage (a line of
// small light text smeared on a logo moves the mean of a 960 px image by < 0.01, its tile by 0.1).
// The pipeline uses both to raise an encoder's quality until an output is faithful enough;
// bench/images.ts uses them to measure.
import sharp from 'sharp';

const RADIUS = 5;
const TAPS = 2 * RADIUS + 1;
const KERNEL = (() => {
  const k = new Float64Array(TAPS);
  let sum = 0;
  for (let i = 0; i < TAPS; i++) {
    const d = i - RADIUS;
    k[i] = Math.exp(-(d * d) / (2 * 1.5 * 1.5));
    sum += k[i];
  }
  for (let i = 0; i < TAPS; i++) k[i] /= sum;
  return k;
})();

/** Side of the square tiles over which the SSIM map is averaged for `worstTile`, in px. */
export const SSIM_TILE = 64;

export interface SsimScore {
  /** Mean SSIM over the image (1 = identical). */
  mean: number;
  /**
   * Lowest mean SSIM of a tile: the map is cut into round(w / 64) × round(h / 64) near-equal tiles
   * (the whole image when it is smaller), so no tile is a sliver at the border.
   */
  worstTile: number;
}

/** Mean SSIM of two greyscale images of the same `width`×`height` (1 = identical). */
export function ssim(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
  return ssimScore(a, b, width, height).mean;
}

/** Mean and worst-tile SSIM of two greyscale images of the same `width`×`height`. */
export function ssimScore(a: Uint8Array, b: Uint8Array, width: number, height: number): SsimScore {
  if (a.length < width * height || b.length < width * height) throw new Error('ssim: buffers smaller than width × height');
  if (width < TAPS || height < TAPS) {
    const same = a.subarray(0, width * height).every((v, i) => v === b[i]) ? 1 : 0;
    return { mean: same, worstTile: same };
  }
  return ssimAgainst(referenceMoments(a, width, height), b, height);
}

/**
 * The reference side of SSIM, computed once: its Gaussian-window means and variances. Comparing
 * several candidates against one reference (the pipeline's quality search) then only filters the
 * candidate's moments and the cross term: 3 of the 5 moments.
 */
export interface SsimReference {
  data: Uint8Array;
  width: number;
  height: number;
  /** Window means and variances, (width − 10) × (height − 10), row-major. */
  mean: Float64Array;
  variance: Float64Array;
}

function referenceMoments(a: Uint8Array, width: number, height: number): SsimReference {
  const ow = width - 2 * RADIUS;
  const oh = height - 2 * RADIUS;
  const mean = new Float64Array(ow * oh);
  const variance = new Float64Array(ow * oh);
  filterRows(a, a, width, height, (y, m, mm) => {
    const out = y * ow;
    for (let x = 0; x < ow; x++) {
      mean[out + x] = m[x];
      variance[out + x] = mm[x] - m[x] * m[x];
    }
  }, false);
  return { data: a, width, height, mean, variance };
}

/** SSIM of `b` (same width, `height` ≤ the reference's) against a prepared reference. */
function ssimAgainst(ref: SsimReference, b: Uint8Array, height: number): SsimScore {
  const ow = ref.width - 2 * RADIUS;
  const oh = height - 2 * RADIUS;
  const C1 = (0.01 * 255) ** 2;
  const C2 = (0.03 * 255) ** 2;
  const { mean, variance } = ref;
  // Tiles of the map: column x belongs to tile column tileX[x]; sums per tile of the current band.
  const nx = Math.max(1, Math.round(ow / SSIM_TILE));
  const ny = Math.max(1, Math.round(oh / SSIM_TILE));
  const tileX = new Int32Array(ow);
  const tileCols = new Int32Array(nx);
  for (let x = 0; x < ow; x++) tileCols[(tileX[x] = Math.floor((x * nx) / ow))]++;
  const tileSums = new Float64Array(nx);
  let band = 0;
  let bandRows = 0;
  let worstTile = Infinity;
  const closeBand = () => {
    for (let t = 0; t < nx; t++) {
      worstTile = Math.min(worstTile, tileSums[t] / (tileCols[t] * bandRows));
      tileSums[t] = 0;
    }
    bandRows = 0;
  };
  let total = 0;
  filterRows(b, ref.data, ref.width, height, (y, my, myy, mxy) => {
    const ty = Math.floor((y * ny) / oh);
    if (ty !== band) {
      closeBand();
      band = ty;
    }
    bandRows++;
    const out = y * ow;
    for (let x = 0; x < ow; x++) {
      const ux = mean[out + x];
      const uy = my[x];
      const vy = myy[x] - uy * uy;
      const cxy = mxy[x] - ux * uy;
      const v = ((2 * ux * uy + C1) * (2 * cxy + C2)) / ((ux * ux + uy * uy + C1) * (variance[out + x] + vy + C2));
      total += v;
      tileSums[tileX[x]] += v;
    }
  }, true);
  closeBand();
  return { mean: total / (ow * oh), worstTile };
}

/**
 * The 11 × 11 Gaussian (separable, symmetric: each tap pair shares one multiplication) of `b`, `b²`
 * and, with `cross`, `a·b`, at every window position inside the image; `row(y, …)` receives output
 * row y (length width − 10) of each. Horizontal sums live in a ring of the last 11 rows (a few
 * hundred kB for any width, so they stay in cache and nothing image-sized is allocated per call).
 * The 11 taps are written out (RADIUS is 5): twice as fast as loops over k in V8.
 */
function filterRows(
  b: Uint8Array,
  a: Uint8Array,
  width: number,
  height: number,
  row: (y: number, m: Float64Array, mm: Float64Array, mab: Float64Array) => void,
  cross: boolean,
): void {
  const ow = width - 2 * RADIUS;
  const hb = new Float64Array(ow * TAPS);
  const hbb = new Float64Array(ow * TAPS);
  const hab = new Float64Array(cross ? ow * TAPS : 0);
  const fb = new Float64Array(width);
  const fbb = new Float64Array(width);
  const fab = new Float64Array(width);
  const m = new Float64Array(ow);
  const mm = new Float64Array(ow);
  const mab = new Float64Array(ow);
  const c = KERNEL[RADIUS];
  const [k0, k1, k2, k3, k4] = KERNEL;
  const slot = new Int32Array(TAPS);
  for (let y = 0; y < height; y++) {
    const base = y * width;
    for (let x = 0; x < width; x++) {
      const vb = b[base + x];
      fb[x] = vb;
      fbb[x] = vb * vb;
      if (cross) fab[x] = a[base + x] * vb;
    }
    const out = (y % TAPS) * ow;
    for (let x = 0; x < ow; x++) {
      hb[out + x] = c * fb[x + 5] + k0 * (fb[x] + fb[x + 10]) + k1 * (fb[x + 1] + fb[x + 9]) + k2 * (fb[x + 2] + fb[x + 8]) + k3 * (fb[x + 3] + fb[x + 7]) + k4 * (fb[x + 4] + fb[x + 6]);
      hbb[out + x] = c * fbb[x + 5] + k0 * (fbb[x] + fbb[x + 10]) + k1 * (fbb[x + 1] + fbb[x + 9]) + k2 * (fbb[x + 2] + fbb[x + 8]) + k3 * (fbb[x + 3] + fbb[x + 7]) + k4 * (fbb[x + 4] + fbb[x + 6]);
    }
    if (cross) {
      for (let x = 0; x < ow; x++) {
        hab[out + x] = c * fab[x + 5] + k0 * (fab[x] + fab[x + 10]) + k1 * (fab[x + 1] + fab[x + 9]) + k2 * (fab[x + 2] + fab[x + 8]) + k3 * (fab[x + 3] + fab[x + 7]) + k4 * (fab[x + 4] + fab[x + 6]);
      }
    }
    if (y < TAPS - 1) continue;
    // Output row oy = y − 10 covers input rows oy … y, at ring slots (oy + k) % 11.
    const oy = y - (TAPS - 1);
    for (let k = 0; k < TAPS; k++) slot[k] = ((oy + k) % TAPS) * ow;
    const s0 = slot[0], s1 = slot[1], s2 = slot[2], s3 = slot[3], s4 = slot[4], s5 = slot[5];
    const s6 = slot[6], s7 = slot[7], s8 = slot[8], s9 = slot[9], s10 = slot[10];
    for (let x = 0; x < ow; x++) {
      m[x] = c * hb[s5 + x] + k0 * (hb[s0 + x] + hb[s10 + x]) + k1 * (hb[s1 + x] + hb[s9 + x]) + k2 * (hb[s2 + x] + hb[s8 + x]) + k3 * (hb[s3 + x] + hb[s7 + x]) + k4 * (hb[s4 + x] + hb[s6 + x]);
      mm[x] = c * hbb[s5 + x] + k0 * (hbb[s0 + x] + hbb[s10 + x]) + k1 * (hbb[s1 + x] + hbb[s9 + x]) + k2 * (hbb[s2 + x] + hbb[s8 + x]) + k3 * (hbb[s3 + x] + hbb[s7 + x]) + k4 * (hbb[s4 + x] + hbb[s6 + x]);
    }
    if (cross) {
      for (let x = 0; x < ow; x++) {
        mab[x] = c * hab[s5 + x] + k0 * (hab[s0 + x] + hab[s10 + x]) + k1 * (hab[s1 + x] + hab[s9 + x]) + k2 * (hab[s2 + x] + hab[s8 + x]) + k3 * (hab[s3 + x] + hab[s7 + x]) + k4 * (hab[s4 + x] + hab[s6 + x]);
      }
    }
    row(oy, m, mm, mab);
  }
}

export interface GreyImage {
  data: Buffer;
  width: number;
  height: number;
}

/** Greyscale pixels of an image (encoded bytes, or raw pixels with `raw`), alpha flattened on white. */
export async function greyPixels(input: Buffer, raw?: { width: number; height: number; channels: 1 | 2 | 3 | 4 }, resizeTo?: number): Promise<GreyImage> {
  let img = raw ? sharp(input, { raw }) : sharp(input);
  if (resizeTo !== undefined) img = img.resize({ width: resizeTo });
  const { data, info } = await img.flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** SSIM of two greyscale images, over their common top-left area (heights may differ by a rounding pixel). */
export function ssimOf(reference: GreyImage, candidate: GreyImage): number {
  return ssimScoreOf(reference, candidate).mean;
}

/** Mean and worst-tile SSIM of two greyscale images, over their common top-left area. */
export function ssimScoreOf(reference: GreyImage, candidate: GreyImage): SsimScore {
  if (reference.width !== candidate.width) throw new Error(`ssim: widths differ (${reference.width} vs ${candidate.width})`);
  const h = Math.min(reference.height, candidate.height);
  return ssimScore(reference.data, candidate.data, reference.width, h);
}

/**
 * A reference prepared once for many comparisons: `score(candidate)` equals
 * `ssimScoreOf(reference, candidate)` at a little over half the cost.
 */
export function ssimReference(reference: GreyImage): { score(candidate: GreyImage): SsimScore; compare(candidate: GreyImage): number } {
  let prepared: SsimReference | undefined;
  const score = (candidate: GreyImage): SsimScore => {
    if (reference.width !== candidate.width) throw new Error(`ssim: widths differ (${reference.width} vs ${candidate.width})`);
    const h = Math.min(reference.height, candidate.height);
    if (reference.width < TAPS || h < TAPS) return ssimScoreOf(reference, candidate);
    prepared ??= referenceMoments(reference.data, reference.width, reference.height);
    return ssimAgainst(prepared, candidate.data, h);
  };
  return { score, compare: (candidate) => score(candidate).mean };
}

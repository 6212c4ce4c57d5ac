// SSIM (Wang et al. 2004) on greyscale pixels: 11×11 Gaussian window (σ 1.5), K1 0.01, K2 0.03,
// L 255, mean over the window positions that fit inside the image. The pipeline uses it to raise an
// encoder's quality until an output is faithful enough; bench/images.ts uses it to measure.
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

/** Mean SSIM of two greyscale images of the same `width`×`height` (1 = identical). */
export function ssim(a: Uint8Array, b: Uint8Array, width: number, height: number): number {
  if (a.length < width * height || b.length < width * height) throw new Error('ssim: buffers smaller than width × height');
  if (width < TAPS || height < TAPS) return a.subarray(0, width * height).every((v, i) => v === b[i]) ? 1 : 0;
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

/** Mean SSIM of `b` (same width, `height` ≤ the reference's) against a prepared reference. */
function ssimAgainst(ref: SsimReference, b: Uint8Array, height: number): number {
  const ow = ref.width - 2 * RADIUS;
  const oh = height - 2 * RADIUS;
  const C1 = (0.01 * 255) ** 2;
  const C2 = (0.03 * 255) ** 2;
  const { mean, variance } = ref;
  let total = 0;
  filterRows(b, ref.data, ref.width, height, (y, my, myy, mxy) => {
    const out = y * ow;
    for (let x = 0; x < ow; x++) {
      const ux = mean[out + x];
      const uy = my[x];
      const vy = myy[x] - uy * uy;
      const cxy = mxy[x] - ux * uy;
      total += ((2 * ux * uy + C1) * (2 * cxy + C2)) / ((ux * ux + uy * uy + C1) * (variance[out + x] + vy + C2));
    }
  }, true);
  return total / (ow * oh);
}

/**
 * The 11 × 11 Gaussian (separable, symmetric: each tap pair shares one multiplication) of `b`, `b²`
 * and, with `cross`, `a·b`, at every window position inside the image; `row(y, …)` receives output
 * row y (length width − 10) of each. Horizontal sums are kept for all rows, vertical ones row by row.
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
  const oh = height - 2 * RADIUS;
  const hb = new Float64Array(ow * height);
  const hbb = new Float64Array(ow * height);
  const hab = new Float64Array(cross ? ow * height : 0);
  const fb = new Float64Array(width);
  const fbb = new Float64Array(width);
  const fab = new Float64Array(width);
  const c = KERNEL[RADIUS];
  for (let y = 0; y < height; y++) {
    const base = y * width;
    for (let x = 0; x < width; x++) {
      const vb = b[base + x];
      fb[x] = vb;
      fbb[x] = vb * vb;
      if (cross) fab[x] = a[base + x] * vb;
    }
    const out = y * ow;
    for (let x = 0; x < ow; x++) {
      const mid = x + RADIUS;
      let s = c * fb[mid];
      let ss = c * fbb[mid];
      let sab = cross ? c * fab[mid] : 0;
      for (let k = 0; k < RADIUS; k++) {
        const w = KERNEL[k];
        const l = x + k;
        const r = x + TAPS - 1 - k;
        s += w * (fb[l] + fb[r]);
        ss += w * (fbb[l] + fbb[r]);
        if (cross) sab += w * (fab[l] + fab[r]);
      }
      hb[out + x] = s;
      hbb[out + x] = ss;
      if (cross) hab[out + x] = sab;
    }
  }
  const m = new Float64Array(ow);
  const mm = new Float64Array(ow);
  const mab = new Float64Array(ow);
  for (let y = 0; y < oh; y++) {
    const centre = (y + RADIUS) * ow;
    for (let x = 0; x < ow; x++) {
      m[x] = c * hb[centre + x];
      mm[x] = c * hbb[centre + x];
      if (cross) mab[x] = c * hab[centre + x];
    }
    for (let k = 0; k < RADIUS; k++) {
      const w = KERNEL[k];
      const top = (y + k) * ow;
      const bottom = (y + TAPS - 1 - k) * ow;
      for (let x = 0; x < ow; x++) {
        m[x] += w * (hb[top + x] + hb[bottom + x]);
        mm[x] += w * (hbb[top + x] + hbb[bottom + x]);
        if (cross) mab[x] += w * (hab[top + x] + hab[bottom + x]);
      }
    }
    row(y, m, mm, mab);
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
  if (reference.width !== candidate.width) throw new Error(`ssim: widths differ (${reference.width} vs ${candidate.width})`);
  const h = Math.min(reference.height, candidate.height);
  return ssim(reference.data, candidate.data, reference.width, h);
}

/**
 * A reference prepared once for many comparisons: `compare(candidate)` equals
 * `ssimOf(reference, candidate)` at a little over half the cost.
 */
export function ssimReference(reference: GreyImage): { compare(candidate: GreyImage): number } {
  let prepared: SsimReference | undefined;
  return {
    compare(candidate) {
      if (reference.width !== candidate.width) throw new Error(`ssim: widths differ (${reference.width} vs ${candidate.width})`);
      const h = Math.min(reference.height, candidate.height);
      if (reference.width < TAPS || h < TAPS) return ssimOf(reference, candidate);
      prepared ??= referenceMoments(reference.data, reference.width, reference.height);
      return ssimAgainst(prepared, candidate.data, h);
    },
  };
}

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
  const ow = width - 2 * RADIUS;
  const oh = height - 2 * RADIUS;
  // Horizontal pass of the five moments (x, y, x², y², xy), every row; rows are contiguous.
  const hx = new Float64Array(ow * height);
  const hy = new Float64Array(ow * height);
  const hxx = new Float64Array(ow * height);
  const hyy = new Float64Array(ow * height);
  const hxy = new Float64Array(ow * height);
  const fa = new Float64Array(width);
  const fb = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      fa[x] = a[row + x];
      fb[x] = b[row + x];
    }
    const out = y * ow;
    for (let x = 0; x < ow; x++) {
      let sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
      for (let k = 0; k < TAPS; k++) {
        const w = KERNEL[k];
        const va = fa[x + k];
        const vb = fb[x + k];
        const wa = w * va;
        const wb = w * vb;
        sx += wa;
        sy += wb;
        sxx += wa * va;
        syy += wb * vb;
        sxy += wa * vb;
      }
      hx[out + x] = sx;
      hy[out + x] = sy;
      hxx[out + x] = sxx;
      hyy[out + x] = syy;
      hxy[out + x] = sxy;
    }
  }
  // Vertical pass, one output row at a time (sequential memory), then the SSIM map of that row.
  const C1 = (0.01 * 255) ** 2;
  const C2 = (0.03 * 255) ** 2;
  const mx = new Float64Array(ow);
  const my = new Float64Array(ow);
  const mxx = new Float64Array(ow);
  const myy = new Float64Array(ow);
  const mxy = new Float64Array(ow);
  let total = 0;
  for (let y = 0; y < oh; y++) {
    mx.fill(0);
    my.fill(0);
    mxx.fill(0);
    myy.fill(0);
    mxy.fill(0);
    for (let k = 0; k < TAPS; k++) {
      const w = KERNEL[k];
      const row = (y + k) * ow;
      for (let x = 0; x < ow; x++) {
        mx[x] += w * hx[row + x];
        my[x] += w * hy[row + x];
        mxx[x] += w * hxx[row + x];
        myy[x] += w * hyy[row + x];
        mxy[x] += w * hxy[row + x];
      }
    }
    for (let x = 0; x < ow; x++) {
      const ux = mx[x];
      const uy = my[x];
      const vx = mxx[x] - ux * ux;
      const vy = myy[x] - uy * uy;
      const cxy = mxy[x] - ux * uy;
      total += ((2 * ux * uy + C1) * (2 * cxy + C2)) / ((ux * ux + uy * uy + C1) * (vx + vy + C2));
    }
  }
  return total / (ow * oh);
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

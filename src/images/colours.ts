// Counting the distinct colours of raw pixels, stopping early: the cheap test that decides whether
// a lossless or palette candidate is worth encoding. A photo or a JPEG screenshot (compression noise
// makes thousands of colours) stops after a few thousand pixels; only few-colour images are scanned whole.

/**
 * Distinct colours (alpha included) of `data` with `channels` bytes per pixel, counted up to
 * `limit`: the result is `limit + 1` as soon as there are more.
 */
export function countColours(data: Uint8Array, channels: number, limit: number): number {
  const seen = new Set<number>();
  const n = data.length - (data.length % channels);
  for (let i = 0; i < n; i += channels) {
    let key = 0;
    // Up to 4 channels: 32 bits fit a double exactly (no `|`, which would go negative).
    for (let c = 0; c < channels; c++) key = key * 256 + data[i + c];
    if (!seen.has(key)) {
      seen.add(key);
      if (seen.size > limit) return limit + 1;
    }
  }
  return seen.size;
}

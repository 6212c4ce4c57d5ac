// Test images generated with sharp: a gradient with shapes (so encoders have real work), in any
// format, plus every kind of bad input the pipeline must survive.
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';

/** RGB(A) pixels: a diagonal gradient with a dark rectangle, `alpha` adds a transparent half. */
export function pixels(width: number, height: number, alpha = false): { data: Buffer; raw: { width: number; height: number; channels: 3 | 4 } } {
  const channels = alpha ? 4 : 3;
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      const inRect = x > width / 4 && x < width / 2 && y > height / 4 && y < (3 * height) / 4;
      data[i] = inRect ? 20 : Math.round((255 * x) / width);
      data[i + 1] = inRect ? 30 : Math.round((255 * y) / height);
      data[i + 2] = inRect ? 40 : 128;
      if (alpha) data[i + 3] = x < width / 2 ? 255 : 0;
    }
  }
  return { data, raw: { width, height, channels } };
}

export function image(width: number, height: number, alpha = false): Sharp {
  const p = pixels(width, height, alpha);
  return sharp(p.data, { raw: p.raw });
}

export async function writeImage(file: string, format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif', width = 400, height = 200, alpha = false): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await image(width, height, alpha).toFormat(format).toFile(file);
}

/** A JPEG stored `width`×`height` with EXIF orientation 6 (displayed rotated 90°: height×width). */
export async function writeRotatedJpeg(file: string, width: number, height: number): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await image(width, height).jpeg().withMetadata({ orientation: 6 }).toFile(file);
}

export async function writeBadInputs(dir: string): Promise<Record<string, string>> {
  fs.mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {};
  const put = (name: string, data: Buffer | string) => {
    fs.writeFileSync(path.join(dir, name), data);
    files[name] = name;
  };
  put('empty.jpg', Buffer.alloc(0));
  const jpeg = await image(300, 200).jpeg().toBuffer();
  put('truncated.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  put('corrupt.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('this is not a png at all'.repeat(20))]));
  put('text.jpg', 'hello, I am a text file');
  put('png-named.jpg', await image(300, 200).png().toBuffer());
  put('cmyk.jpg', await image(300, 200).toColourspace('cmyk').jpeg().toBuffer());
  put('deep.png', await image(300, 200).toColourspace('rgb16').png().toBuffer());
  const frame = pixels(60, 40);
  const frames = Buffer.concat([frame.data, Buffer.from(frame.data.map((v) => 255 - v))]);
  put('animated.gif', await sharp(frames, { raw: { width: 60, height: 80, channels: 3, pageHeight: 40 } }).gif({ loop: 0, delay: [100, 100] }).toBuffer());
  put('vector.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
  return files;
}

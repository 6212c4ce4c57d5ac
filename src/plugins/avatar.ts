// jekyll-avatar 0.8.0: `{% avatar hubot %}`, `{% avatar @hubot size=80 %}`, `{% avatar user=page.author %}`,
// `lazy=true`: an <img> of the GitHub avatar with its 1x–4x srcset. As in the gem, the tag's text is
// rendered as Liquid first (`{% avatar {{ page.user }} %}`), while `size=` and `user=` are read from
// the text as written; the avatars host is avatarsN.githubusercontent.com (N from the CRC32 of the
// path) unless the environment's PAGES_AVATARS_URL names another. Values go into the markup as they
// are, unescaped, as the gem's format string puts them.
import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken, type Template, type Parser } from 'liquidjs';
import { isNil, rubyTruthy } from '../liquid/ruby/value.js';
import { interpolate, prop, variable } from './liquid-helpers.js';
import type { KilnPlugin } from './registry.js';

const SERVERS = 4;
const DEFAULT_SIZE = '40';
const API_VERSION = '3';
const SCALES = [1, 2, 3, 4];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Zlib.crc32 of the string's UTF-8 bytes. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * `context[name]` as Liquid evaluates a bare name: a literal (integer, float, true/false/nil), or a
 * variable lookup. The gem reads `user=a.b` one segment at a time through `[]`.
 */
function lookupName(ctx: Context, name: string): unknown {
  if (/^-?\d+$/.test(name)) return Number(name);
  if (/^-?\d[\d.]+$/.test(name)) return Number.parseFloat(name);
  if (name === 'true') return true;
  if (name === 'false') return false;
  if (name === 'nil' || name === 'null' || name === '') return undefined;
  return variable(ctx, name);
}

function lookupVariable(ctx: Context, name: string): unknown {
  let value: unknown;
  if (name.includes('.')) {
    const [first, ...rest] = name.split('.');
    value = lookupName(ctx, first!);
    for (const key of rest) {
      // `nil["x"]` is a NoMethodError in the gem: the render fails.
      if (isNil(value)) throw new Error(`undefined method \`[]' for nil:NilClass (avatar user=${name})`);
      value = prop(value, key);
    }
  } else {
    value = lookupName(ctx, name);
  }
  return rubyTruthy(value) ? value : name;
}

export interface AvatarOptions {
  /** The text inside the tag as written (for `size=` and `user=`). */
  raw: string;
  /** The text after Liquid rendered it. */
  rendered: string;
  /** The value of `user=…`, already looked up. */
  user?: unknown;
  /** PAGES_AVATARS_URL. */
  customHost?: string;
}

/** Joins an avatar path onto the custom host as Addressable::URI#join does for a relative path. */
function joinCustomHost(host: string, relative: string): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(.*)$/.exec(host)!;
  const prefix = (m[1] ?? '') + (m[2] ?? '');
  let basePath = m[3] ?? '';
  if (!basePath.endsWith('/')) basePath += '/';
  if (relative.startsWith('/')) return prefix + relative;
  return prefix + basePath + relative;
}

export function renderAvatar(options: AvatarOptions): string {
  const { raw, rendered } = options;
  const size = /\bsize=(\d+)\b/i.exec(raw)?.[1] ?? DEFAULT_SIZE;
  let username: string;
  if (options.user !== undefined) {
    username = interpolate(options.user);
  } else {
    // String#split(" ") splits on runs of whitespace, leading whitespace ignored.
    const first = rendered.includes(' ') ? (rendered.split(/[ \t\n\v\f\r]+/).filter((s) => s !== '')[0] ?? '') : rendered;
    username = first.startsWith('@') ? first.slice(1) : first;
  }
  const customHost = options.customHost ?? '';
  const path = (scale: number) => `${username}?v=${API_VERSION}&s=${scale === 1 ? size : Number.parseInt(size, 10) * scale}`;
  const url = (scale: number) =>
    customHost === '' ? `https://avatars${crc32(path(1)) % SERVERS}.githubusercontent.com/${path(scale)}` : joinCustomHost(customHost, path(scale));
  const srcset = SCALES.map((s) => `${url(s)} ${s}x`).join(', ');
  const classes = Number.parseInt(size, 10) < 48 ? 'avatar avatar-small' : 'avatar';
  const base = `<img class="${classes}" alt="${username}" width="${size}" height="${size}" data-proofer-ignore="true"`;
  if (rendered.includes('lazy=true')) return `${base} src="" data-src="${url(1)}" data-srcset="${srcset}" />`;
  return `${base} src="${url(1)}" srcset="${srcset}" />`;
}

export class AvatarTag extends Tag {
  private readonly raw: string;
  private readonly markup: Template[];
  private readonly userVariable?: string;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    this.raw = token.args.trim();
    this.markup = parser.parse(this.raw, token.file);
    this.userVariable = /\buser=([\w.]+)\b/.exec(this.raw)?.[1];
  }

  *render(ctx: Context): Generator<unknown, string, unknown> {
    const rendered = String(yield this.liquid.renderer.renderTemplates(this.markup, ctx));
    const user = this.userVariable === undefined ? undefined : lookupVariable(ctx, this.userVariable);
    const env = process.env.PAGES_AVATARS_URL;
    return renderAvatar({ raw: this.raw, rendered, user, customHost: typeof env === 'string' ? env : '' });
  }
}

export const avatarPlugin: KilnPlugin = {
  name: 'jekyll-avatar',
  registerTags(liquid) {
    liquid.registerTag('avatar', AvatarTag);
  },
};

// jekyll-gist 1.5.0: `{% gist user/1234567 %}`, `{% gist 28949e1d5ee2273f9fd3 best.md %}` (either
// argument may name a Liquid variable): the gist's <script> embed, preceded by a <noscript> copy of
// its code. kiln never goes on the network, so it always takes the gem's path for a fetch that fails
// (no network, as on a machine offline): the warning that the <noscript> tag could not be generated,
// and the script tag alone. `gist: { noscript: false }` skips the noscript part and its warning.
import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { isHash, isNil, rubyTruthy } from '../liquid/ruby/value.js';
import { getState } from '../liquid/state.js';
import { interpolate, prop, variable } from './liquid-helpers.js';
import type { KilnPlugin } from './registry.js';

/** Ruby's `\s` and `\S` (ASCII whitespace only). */
const WS = '[ \\t\\r\\n\\f\\v]';
const NWS = '[^ \\t\\r\\n\\f\\v]';
/** The gem's %r!\A([\S]+|.*(?=\/).+)\s?(\S*)\Z! (\Z may end before a final newline). */
const ARGUMENTS = new RegExp(`^(${NWS}+|.*(?=\\/).+)${WS}?(${NWS}*)\\n?$`);

/** The gem's determine_arguments: [gist id, file name] or undefined when the markup is invalid. */
export function gistArguments(markup: string): [string, string] | undefined {
  const m = ARGUMENTS.exec(markup);
  return m ? [rubyStrip(m[1]!), rubyStrip(m[2]!)] : undefined;
}

function rubyStrip(s: string): string {
  return s.replace(/^[ \t\r\n\f\v\0]+|[ \t\r\n\f\v\0]+$/g, '');
}

/** `context[name]`: Liquid's evaluation of the text as an expression (a literal or a variable lookup). */
function contextValue(ctx: Context, name: string): unknown {
  if (name === '' || name === 'nil' || name === 'null') return undefined;
  if (name === 'true') return true;
  if (name === 'false') return false;
  if (/^-?\d+$/.test(name)) return Number(name);
  if (/^-?\d[\d.]+$/.test(name)) return Number.parseFloat(name);
  const quoted = /^(?:'([^']*)'|"([^"]*)")$/.exec(name);
  if (quoted) return quoted[1] ?? quoted[2];
  // VariableLookup: the name's [\w-]+ segments (brackets left out: a gist argument has none).
  const parts = name.match(/[\w-]+\??/g);
  if (!parts) return undefined;
  let value = variable(ctx, parts[0]!);
  for (const key of parts.slice(1)) value = prop(value, key);
  return value;
}

function syntaxError(markup: string): Error {
  return new Error(`  Syntax error in tag 'gist' while parsing the following markup:

    ${markup}

  Valid syntax:
    {% gist user/1234567 %}
    {% gist user/1234567 foo.js %}
    {% gist 28949e1d5ee2273f9fd3 %}
    {% gist 28949e1d5ee2273f9fd3 best.md %}
`);
}

/** What Ruby's RFC 3986 URI parser accepts (roughly: no spaces, quotes, brackets or non-ASCII). */
const VALID_URI = /^[A-Za-z0-9\-._~!$&'()*+,;=:@\/?#]*(?:%[0-9A-Fa-f]{2}[A-Za-z0-9\-._~!$&'()*+,;=:@\/?#]*)*$/;

export function gistScriptTag(gistId: string, filename: string): string {
  const url = `https://gist.github.com/${gistId}.js${filename === '' ? '' : `?file=${filename}`}`;
  return `<script src="${url}"> </script>`;
}

/** The gem's warning (three logger lines) when the code for the <noscript> tag cannot be fetched. */
export function noscriptWarning(gistId: string): string {
  return `The <noscript> tag for your gist ${gistId} could not be generated. This will affect users who do not have JavaScript enabled in their browsers.`;
}

export class GistTag extends Tag {
  private readonly markup: string;
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.markup = token.args;
  }

  *render(ctx: Context): Generator<unknown, string, unknown> {
    const state = getState(ctx);
    const settings = state.services.config.gist;
    const args = gistArguments(rubyStrip(this.markup));
    if (!args) throw syntaxError(this.markup);
    let [gistId, filename]: [unknown, unknown] = args;
    const idValue = contextValue(ctx, args[0]);
    if (!isNil(idValue)) gistId = idValue;
    const fileValue = contextValue(ctx, args[1]);
    if (!isNil(fileValue)) filename = fileValue;
    const id = interpolate(gistId);
    const file = interpolate(filename);
    const noscriptOff = isHash(settings) && settings.noscript === false;
    if (noscriptOff) return gistScriptTag(id, file);
    // The fetch of the code never happens here (no network): the gem's failed-fetch branch, whose
    // value is that of its last `Jekyll.logger.warn` — true, or false when --quiet silences warnings —
    // and lands in the page before the script tag.
    const url = `https://gist.githubusercontent.com/${id}/raw${file === '' ? '' : `/${file}`}`;
    // URI() rejects it: the gem's rescue clause then fails on Ruby 3's missing TimeoutError.
    if (!VALID_URI.test(url)) throw new Error('uninitialized constant Jekyll::Gist::GistTag::TimeoutError');
    const quiet = rubyTruthy(state.services.config.quiet);
    if (!quiet) state.services.warn(noscriptWarning(id));
    return `${quiet ? 'false' : 'true'}${gistScriptTag(id, file)}`;
  }
}

export const gistPlugin: KilnPlugin = {
  name: 'jekyll-gist',
  registerTags(liquid) {
    liquid.registerTag('gist', GistTag);
  },
};

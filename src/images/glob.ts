// Glob → RegExp for `kiln.images.include` / `exclude`, matched against `/`-separated source paths.
// Supports `**` (any number of folders), `*` and `?` (within one segment), `{a,b}` and `[...]`.
// A pattern without wildcards matches that file or everything below that folder.

export function globToRegExp(glob: string): RegExp {
  const pattern = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
  if (!/[*?[{]/.test(pattern)) {
    const base = escape(pattern.replace(/\/+$/, ''));
    return new RegExp(`^${base}(?:/.*)?$`, "i");
  }
  let re = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        const atEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more whole folders; a trailing `**` matches anything below.
          if (i + 2 === pattern.length) re += '.*';
          else re += '(?:[^/]*/)*';
          i += i + 2 === pattern.length ? 1 : 2;
          continue;
        }
        re += '[^/]*';
        i++;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
      } else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) {
      re += '|';
    } else {
      re += escape(c);
    }
  }
  return new RegExp(`^${re}$`, 'i');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

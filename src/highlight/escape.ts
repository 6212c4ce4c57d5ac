// HTML escaping exactly as Rouge's HTML formatter does it: only `&`, `<` and `>` are replaced
// (quotes are left alone, unlike CGI.escapeHTML).

const TABLE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeHtml(value: string): string {
  return /[&<>]/.test(value) ? value.replace(/[&<>]/g, (c) => TABLE[c]!) : value;
}

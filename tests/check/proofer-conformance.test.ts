// Conformance with html-proofer 5 on its own spec fixtures (offline cases only: no network).
// The fixtures are read from a local clone of gjtorikian/html-proofer (KILN_HTMLPROOFER_REPO, a git
// directory); they are never copied into this repository. Skipped when the clone is absent.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOptions, runChecks, type CheckOptions } from '../../src/check/index.js';

const noRedirects = { external: { ...defaultOptions().external, maxRedirects: 0 } };

const repo = process.env.KILN_HTMLPROOFER_REPO ?? '/work/.mirror/gjtorikian+html-proofer/repo';
const present = fs.existsSync(repo);
let fixtures = '';
if (present) {
  fixtures = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-proofer-fixtures-'));
  execSync(`git --git-dir="${repo}" archive HEAD spec/html-proofer/fixtures | tar -x -C "${fixtures}"`);
  fixtures = path.join(fixtures, 'spec/html-proofer/fixtures');
  fs.writeFileSync(path.join(fixtures, 'links', 'erstiebegrüßung.html'), '');
}
afterAll(() => { if (fixtures) fs.rmSync(path.dirname(path.dirname(path.dirname(fixtures))), { recursive: true, force: true }); });

/** [fixture, options, expected: a failure count, or a text the first (or last) failure contains] */
type Case = [string, Partial<CheckOptions>, number | string];

// Expectations as html-proofer 5.2.1's spec states them (spec/html-proofer/check/*_spec.rb).
const cases: Case[] = [
  ['links/broken_hash_internal.html', {}, "internally linking to #noHash; the file exists, but the hash 'noHash' does not"],
  ['links/broken_hash_internal.html', { checkInternalHash: false }, 0],
  ['links/hash_nonascii_dir', {}, 0], ['links/public', {}, 0], ['links/implicit_internal', {}, 0], ['links/index_with_hashes', {}, 0],
  ['links/topHashInternal.html', {}, 0],
  ['links/implicit_internal', noRedirects, 'without trailing slash'], ['links/link_directory_without_slash.html', noRedirects, 'without trailing slash'],
  ['links/broken_link_internal.html', {}, 'internally linking to ./notreal.html, which does not exist'],
  ['links/broken_root_link_internal.html', {}, 'internally linking to /broken_root_link_internalz.html, which does not exist'],
  ['links/working_root_link_internal.html', {}, 0], ['links/missing_link_href.html', { allowMissingHref: true }, 0],
  ['links/broken_link_with_number.html', {}, "internally linking to #25-method-not-allowed; the file exists, but the hash '25-method-not-allowed' does not"],
  ['links/link_to_folder.html', {}, 0], ['links/root_link/root_link.html', {}, 0], ['links/relative_links.html', {}, 0], ['links/ignorable_links.html', {}, 0],
  ['links/multiple_problems.html', {}, "internally linking to #anadaasdadsadschor; the file exists, but the hash 'anadaasdadsadschor' does not"],
  ['links/mailto_link.html', {}, 0], ['links/multiple_mailto_links.html', {}, 0], ['links/blank_mailto_link.html', { ignoreEmptyMailto: true }, 0],
  ['links/blank_mailto_link.html', {}, 'mailto: contains no email address'], ['links/invalid_mailto_link.html', {}, 'mailto:octocat contains an invalid email address'],
  ['links/tel_link.html', {}, 0], ['links/blank_tel_link.html', {}, 'tel: contains no phone number'], ['links/javascript_link.html', {}, 0],
  ['links/link_missing_protocol_valid.html', {}, 'protocol-relative URL'],
  ['links/anchors_in_pre.html', {}, 0], ['links/links_in_pre.html', {}, 0], ['links/escape_pipes.html', {}, 0],
  ['links/broken_hash_with_query.html', {}, "#example; the file exists, but the hash 'example' does not"], ['links/hash_on_another_page.html', {}, 0],
  ['links/hash_mismatched_case.html', {}, "#MainMenu; the file exists, but the hash 'MainMenu' does not"],
  ['links/link_pointing_to_directory.html', { directoryIndexFiles: ['index.php'] }, 0],
  ['links/link_pointing_to_directories.html', { directoryIndexFiles: ['index.html', 'index.php'] }, 0],
  ['links/link_pointing_to_directory.html', { directoryIndexFiles: ['README.md'] }, 'internally linking to folder-php/, which does not exist'],
  ['links/hash_referring_to_self.html', {}, 0], ['links/placeholder_with_name.html', { allowMissingHref: true }, 0],
  ['links/placeholder_with_id.html', { allowMissingHref: true }, 0], ['links/placeholder_with_empty_id.html', { allowMissingHref: true }, 0],
  ['links/other_protocols.html', {}, 0], ['links/non_standard_characters.html', {}, 0], ['links/broken_unix_links.html', {}, 0],
  ['links/urlencoded-href.html', {}, 0], ['links/attribute_with_dash.html', {}, 0], ['links/self_ref.html', {}, 0],
  ['links/no_html_extension.html', { assumeExtension: '' }, '>=3'], ['links/no_html_extension.html', {}, 0], ['links/hash_href.html', {}, 0],
  ['links/hash_href.html', { allowHashHref: false }, 'linking to internal hash #, which points to nowhere'], ['links/encodingLink.html', {}, 0],
  ['links/blank_href_html5.html', {}, 1], ['links/blank_href_html4.html', {}, 1], ['links/blank_href_htmlunknown.html', {}, 1],
  ['links/link_directory_without_slash.html', {}, 0], ['links/head_link_href_empty.html', { allowMissingHref: true }, 0],
  ['links/head_link_href_absent.html', { allowMissingHref: true }, 0], ['links/head_link_href.html', {}, 0],
  ['links/link_translated_via_href_swap.html', { swapUrls: [[/^\/articles\/([\w-]+)/g, '$1.html']] }, 0],
  ['images/missing_image_alt.html', {}, 'gpl.png does not have an alt attribute'], ['images/missing_image_alt.html', { ignoreMissingAlt: true }, 0],
  ['images/missing_image_alt_text.html', {}, 0], ['images/missing_image_alt_text.html', { ignoreEmptyAlt: false }, 'gpl.png has an alt attribute, but no content'],
  ['images/empty_image_alt_text.html', {}, 0], ['images/empty_image_alt_text.html', { ignoreEmptyAlt: false }, 1],
  ['images/empty_image_alt_text.html', { ignoreUrls: [/.+/] }, 0], ['images/missing_image_internal.html', { ignoreUrls: [/.*/] }, 0],
  ['images/spaced_image.html', {}, 0], ['images/missing_image_internal.html', {}, 'doesnotexist.png does not exist'],
  ['images/missing_image_src.html', {}, 'image has no src or srcset attribute'], ['images/terrible_image_name.html', {}, 'image has a terrible filename'],
  ['images/ignorableImages.html', {}, 0], ['images/terrible_image_name.html', { ignoreUrls: [/.\/Screen.+/] }, 0],
  ['images/terrible_image_name.html', { swapUrls: [[/.\/Screen.+/g, 'gpl.png']] }, 0], ['images/root_relative_images.html', {}, 0],
  ['resources/books/nestedRelativeImages.html', {}, 0], ['images/working_data_uri_image.html', {}, 0],
  ['images/image_missing_protocol_valid.html', {}, 'protocol-relative URL'], ['images/relative_to_self.html', {}, 0],
  ['images/ignorable_alt_via_options.html', { ignoreUrls: [/wikimedia/, 'gpl.png'] }, 0], ['images/ignore_alt_but_not_link.html', { ignoreUrls: [/.*/] }, 0],
  ['images/empty_image_alt_text.html', { ignoreMissingAlt: true }, 0], ['images/src_set_check_pass.html', {}, 0], ['images/src_set_check.html', {}, 2],
  ['images/aria_hidden.html', {}, 0], ['images/src_set_missing_alt.html', {}, 'image gpl.png does not have an alt attribute'],
  ['images/src_set_missing_image.html', {}, 'image has no src or srcset attribute'], ['images/src_set_ignorable.html', { ignoreUrls: [/wikimedia/, 'gpl.png'] }, 0],
  ['images/replace_abs_url_src.html', { swapUrls: [[/^http:\/\/baseurl.com/g, '']] }, 0], ['images/src_http.html', { enforceHttps: false }, 0],
  ['images/src_http.html', {}, 'uses the http scheme'], ['images/relative_with_base.html', {}, 0], ['images/semicolon.html', {}, 0],
  ['images/multiple_srcset_success.html', {}, 0], ['images/multiple_srcset_failure.html', {}, 'internal image /uploads/150-marie-lloyd.jpg does not exist'],
  ['images/base64_srcset.html', {}, 0],
  ['scripts/script_missing_protocol.html', {}, 'protocol-relative URL'], ['scripts/script_valid_internal.html', {}, 0],
  ['scripts/script_missing_internal.html', {}, 1], ['scripts/script_content.html', {}, 0],
  ['scripts/script_content_absent.html', {}, 'script is empty and has no src attribute'], ['scripts/script_in_pre.html', {}, 0],
  ['scripts/ignorable_links_via_options.html', { ignoreUrls: [/\/assets\/.*(js|css|png|svg)/] }, 0],
  ['scripts/script_abs_url.html', { swapUrls: [[/^http:\/\/example.com/g, '']] }, 0],
  ['scripts/integrity_and_cors_not_provided.html', { checkSri: true }, 'SRI and CORS not provided'],
  ['scripts/cors_not_provided.html', { checkSri: true }, 'CORS not provided'], ['scripts/integrity_not_provided.html', { checkSri: true }, 'Integrity is missing'],
  ['scripts/integrity_and_cors_provided.html', { checkSri: true }, 0], ['scripts/local_script.html', { checkSri: true }, 0],
  ['favicon/favicon_absent.html', {}, 0], ['favicon/favicon_absent.html', { checks: ['Favicon'] }, 'no favicon provided'],
  ['favicon/favicon_absent_apple.html', { checks: ['Favicon'] }, 'no favicon provided'], ['favicon/protocol_relative_favicon.html', {}, 'protocol-relative URL'],
  ['favicon/internal_favicon_broken.html', { checks: ['Favicon'] }, 'internal favicon asdadaskdalsdk.png'],
  ['favicon/internal_favicon_broken.html', { checks: ['Favicon'], ignoreUrls: [/asdadaskdalsdk/] }, 'no favicon provided'],
  ['favicon/internal_favicon_broken.html', { checks: ['Favicon'], swapUrls: [[/^asdadaskdalsdk.+/g, '../resources/gpl.png']] }, 0],
  ['favicon/favicon_present.html', { checks: ['Favicon'] }, 0], ['favicon/favicon_present_shortcut.html', { checks: ['Favicon'] }, 0],
  ['favicon/favicon_broken_but_ignored.html', { checks: ['Favicon'] }, 'no favicon provided'], ['favicon/jekyll_redirect_from.html', { checks: ['Favicon'] }, 0],
  ['favicon/cors_not_needed.html', { checkSri: true }, 0],
  ['opengraph/url-valid.html', { checks: ['OpenGraph'] }, 0], ['opengraph/url-missing.html', { checks: ['OpenGraph'] }, 'open graph has no content attribute'],
  ['opengraph/url-empty.html', { checks: ['OpenGraph'] }, 'open graph content attribute is empty'],
  ['opengraph/url-missing-protocol.html', { checks: ['OpenGraph'] }, 'protocol-relative URL'], ['opengraph/image-valid.html', { checks: ['OpenGraph'] }, 0],
  ['opengraph/image-missing.html', { checks: ['OpenGraph'] }, 'open graph has no content attribute'],
  ['opengraph/image-empty.html', { checks: ['OpenGraph'] }, 'open graph content attribute is empty'],
  ['opengraph/image-missing-protocol.html', { checks: ['OpenGraph'] }, 'protocol-relative URL'],
  ['opengraph/image-internal-broken.html', { checks: ['OpenGraph'] }, 'doesnotexist.png does not exist'], ['opengraph/url-broken.html', {}, 0],
];

describe.skipIf(!present)("html-proofer 5's own fixtures (offline cases)", () => {
  it.each(cases)('%s %j → %s', async (fixture, options, expected) => {
    const report = await runChecks(path.join(fixtures, fixture), { disableExternal: true, validateHtml: false, checkMarkup: false, cacheDir: null, ...options });
    const failures = report.failures.map((f) => f.message);
    if (typeof expected === 'number') expect(failures).toHaveLength(expected);
    else if (expected === '>=3') expect(failures.length).toBeGreaterThanOrEqual(3);
    else expect([failures[0], failures[failures.length - 1]].some((m) => m?.includes(expected)), JSON.stringify(failures)).toBe(true);
  });
});

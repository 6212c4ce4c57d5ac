// opentype_feature_file (aliases fea, opentype, opentypefeature): AFDKO feature files — keywords,
// feature/lookup/table names, @classes, glyph names, \cids, include(paths), strings, # comments.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORDS = new Set(`Ascender Attach AxisValue CapHeight CaretOffset CodePageRange DesignAxis Descender
  ElidedFallbackName ElidedFallbackNameID ElidableAxisValueName FeatUILabelNameID FeatUITooltipTextNameID FontRevision
  FSType GlyphClassDef HorizAxis.BaseScriptList HorizAxis.BaseTagList HorizAxis.MinMax IgnoreBaseGlyphs IgnoreLigatures
  IgnoreMarks LigatureCaretByDev LigatureCaretByIndex LigatureCaretByPos LineGap MarkAttachClass MarkAttachmentType
  NULL OlderSiblingFontAttribute Panose ParamUILabelNameID RightToLeft SampleTextNameID TypoAscender TypoDescender
  TypoLineGap UnicodeRange UseMarkFilteringSet Vendor VertAdvanceY VertAxis.BaseScriptList VertAxis.BaseTagList
  VertAxis.MinMax VertOriginY VertTypoAscender VertTypoDescender VertTypoLineGap WeightClass WidthClass XHeight
  anchorDef anchor anonymous anon by contour cursive device enumerate enum exclude_dflt featureNames feature flag from
  ignore include_dflt include languagesystem language location lookupflag lookup markClass mark nameid name parameters
  position pos required reversesub rsub script sizemenuname substitute subtable sub table useExtension valueRecordDef
  winAscent winDescent`.trim().split(/\s+/));

const IDENTIFIER = '[a-zA-Z_][a-zA-Z0-9\\/_.-]*';

const states: StateTable = {
  root: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/#.*$/, 'c'),
    groups(/(anonymous|anon|feature|lookup|table)((?:\s)+)/, ['k', ''], 'featurename'),
    groups(/(\})((?:\s))/, ['p', ''], 'featurename'),
    rule(/include\b/i, 'k', 'includepath'),
    rule(/[\-\[\]\/(){},.:;=%*<>']/, 'p'),
    rule(/`.*?/, 'sb'),
    rule(/\"/, 's', 'strings'),
    rule(/\\[^.*\s]+/i, 'se'),
    rule(`@${IDENTIFIER}`, 'nc'),
    rule(`(?<!\\.)${IDENTIFIER}`, (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'k' : 'n', m[0])),
    rule(IDENTIFIER, 'n'),
    rule(/(?:0x|\\)[0-9A-Fa-f]+/, 'mh'),
    rule(/-?\d+/, 'mi'),
  ],
  featurename: [rule(IDENTIFIER, 'nf', '#pop')],
  includepath: [
    rule(/\s+/, 'w'),
    rule(/\)/, 'p', '#pop'),
    rule(/\(/, 'p'),
    rule(/[^\s()]+/, 's'),
  ],
  strings: [
    rule(/"/, 's', '#pop'),
    rule(/[^"%\n]+/, 's'),
  ],
};

export function create(): Lexer {
  return new LexerRun('opentype_feature_file', states);
}

// cpp (alias c++): the C lexer plus C++ words, classes and templates, digit separators, user
// literals, raw strings R"x(...)x", `::` and `<=>`. `cppStates` is reused by cuda with its
// larger word sets.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { C_ID, C_WORDS, cStates, type CWords } from './c.js';

const add = (base: ReadonlySet<string>, more: string): Set<string> => new Set([...base, ...more.trim().split(/\s+/)]);

const DQ = "(?:\\d('?\\d)*)";

export const CPP_WORDS: CWords = {
  keywords: add(C_WORDS.keywords, `asm auto catch char8_t concept consteval constexpr constinit const_cast co_await
    co_return co_yield delete dynamic_cast explicit export friend mutable namespace new operator private protected
    public reinterpret_cast requires restrict size_of static_cast this throw throws typeid typename using virtual
    final override alignas alignof decltype noexcept static_assert thread_local try`),
  keywordsType: add(C_WORDS.keywordsType, 'bool'),
  reserved: add(C_WORDS.reserved, `__virtual_inheritance __uuidof __super __single_inheritance
    __multiple_inheritance __interface __event`),
};

/** The C++ state table over a word set; `fresh` makes a new lexer of the same kind (for recursion). */
export function cppStates(words: CWords, fresh: () => Lexer): StateTable {
  const states: StateTable = cStates(words, fresh);
  states.root = [rule(/(?:__offload|__blockingoffload|__outer)\b/, 'kp'), ...states.root!];
  states.statements = [
    rule(/(class|struct)\b/, 'k', 'classname'),
    rule(/template\b/, 'k', 'template'),
    rule(`${DQ}(\\.${DQ})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\\b`, 'mx'),
    rule(`(${DQ}[.]${DQ}?|[.]${DQ})(e[+-]?${DQ}[lu]*)?`, 'mf', undefined, { ignoreCase: true }),
    rule(`${DQ}e[+-]?${DQ}[lu]*`, 'mf', undefined, { ignoreCase: true }),
    rule(/0x\h('?\h)*[lu]*/i, 'mh'),
    rule(/0b[01]+('[01]+)*/, 'mb'),
    rule(/0[0-7]('?[0-7])*[lu]*/i, 'mo'),
    rule(`${DQ}[lu]*`, 'mi', undefined, { ignoreCase: true }),
    rule(/\bnullptr\b/, 'nb'),
    rule(/(?:u8|u|U|L)?R"([a-zA-Z0-9_{}\[\]#<>%:;.?*\+\-\/\^&|~!=,"']{0,16})\(.*?\)\1"/, 's', undefined, { dotAll: true }),
    rule(/(::|<=>)/, 'o'),
    rule(/[{}]/, 'p'),
    ...states.statements!,
  ];
  states.classname = [
    rule(C_ID, 'nc', '#pop'),
    mixin('whitespace'),
    rule(/[.]{3}/, 'o'),
    rule(/,/, 'p', '#pop'),
    rule(/(?:)/, (lx) => lx.pop()),
  ];
  states.template = [
    rule(/[>;]/, 'p', '#pop'),
    rule(/typename\b/, 'k', 'classname'),
    mixin('statements'),
  ];
  states.case = [
    rule(/:(?!:)/, 'p', '#pop'),
    mixin('statements'),
  ];
  return states;
}

const states = cppStates(CPP_WORDS, create);

export function create(): Lexer {
  return new LexerRun('cpp', states, (lx) => lx.push('bol'));
}

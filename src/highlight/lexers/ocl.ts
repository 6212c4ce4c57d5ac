// ocl (alias OCL): OMG Object Constraint Language — context/inv/pre/post keywords, collection
// types, collection operations and builtins, word operators, -- comments, 'strings'.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set('context pre post inv init body def derive if then else endif import package endpackage let in');
const KEYWORDS_TYPE = set(`Boolean Integer UnlimitedNatural Real String OrderedSet Tuple Bag Set Sequence OclInvalid
  OclVoid TupleType OclState Collection OclMessage`);
const BUILTINS = set('self null result true false invalid @pre');
const OPERATORS = set('or xor and not implies');
const FUNCTIONS = set(`oclAsSet oclIsNew oclIsUndefined oclIsInvalid oclAsType oclIsTypeOf oclIsKindOf oclInState
  oclType oclLocale hasReturned result isSignalSent isOperationCallabs floor round max min toString div mod size
  substring concat toInteger toReal toUpperCase toLowerCase indexOf equalsIgnoreCase at characters toBoolean includes
  excludes count includesAll excludesAll isEmpty notEmpty sum product selectByKind selectByType asBag asSequence
  asOrderedSet asSet flatten union intersection including excluding symmetricDifferencecount append prepend insertAt
  subOrderedSet first last reverse subSequence any closure collect collectNested exists forAll isUnique iterate one
  reject select sortedBy allInstances average conformsTo`);

const states: StateTable = {
  single_string: [
    rule(/\\./, 'se'),
    rule(/'/, 's1', '#pop'),
    rule(/[^\\']+/, 's1'),
  ],
  root: [
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/--.*/, 'c1'),
    rule(/\d+/, 'mi'),
    rule(/'/, 's1', 'single_string'),
    rule(/[->|+*\/<>=~!@#%&|?^-]/, 'o'),
    rule(/[;:()\[\],.]/, 'p'),
    rule(/\w[\w\d]*/, (lx, m) => {
      const w = m[0];
      lx.token(OPERATORS.has(w) ? 'o' : KEYWORDS_TYPE.has(w) ? 'kd' : KEYWORDS.has(w) ? 'k'
        : BUILTINS.has(w) ? 'nb' : FUNCTIONS.has(w) ? 'nf' : 'n', w);
    }),
  ],
};

export function create(): Lexer {
  return new LexerRun('ocl', states);
}

// coq: vernacular commands, Gallina keywords, tactics, tacticals and terminators classified
// after a whole (possibly dotted) name is read; sentence-ending dots; nested (* comments *);
// Unicode notation symbols. Rouge never ends on "Set Printing All ." (a space before the dot:
// its loop over the option groups runs off the match), so there kiln gives the escaped code.

import { LexerRun, RougeWouldRaise, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const GALLINA = set('as fun if in let match then else return end Type Set Prop forall');
const COQ = set(`Definition Theorem Lemma Remark Example Fixpoint CoFixpoint Record Inductive CoInductive Corollary
  Goal Proof Ltac Require Import Export Module Section End Variable Context Polymorphic Monomorphic Universe Universes
  Variables Class Instance Global Local Include Printing Notation Infix Arguments Hint Rewrite Immediate Qed Defined
  Opaque Transparent Existing Compute Eval Print SearchAbout Search About Check`);
const LTAC = set(`apply eapply auto eauto rewrite setoid_rewrite with in as at destruct split inversion injection intro
  intros unfold fold cbv cbn lazy subst clear symmetry transitivity etransitivity erewrite edestruct constructor
  econstructor eexists exists f_equal refine instantiate revert simpl specialize generalize dependent red induction
  beta iota zeta delta exfalso autorewrite setoid_rewrite compute vm_compute native_compute`);
const TACTICALS = set('repeat first try');
const TERMINATORS = set('omega solve congruence reflexivity exact assumption eassumption');
const KEYOPTS = set(':= => -> /\\ \\/ _ ; :> : ⇒ → ↔ ⇔ ≔ ≡ ∀ ∃ ∧ ∨ ¬ ⊤ ⊥ ⊢ ⊨ ∈');
const OPERATOR = /[\[\];,{}_()!$%&*+./:<=>?@^|~#-]+/;
const END_SENTENCE = 'pi';

function classify(x: string): string {
  if (COQ.has(x)) return 'k';
  if (GALLINA.has(x)) return 'kr';
  if (LTAC.has(x)) return 'kp';
  if (TERMINATORS.has(x)) return 'ne';
  if (TACTICALS.has(x)) return 'kp';
  return 'no';
}

const ID = "(?:[a-zA-Z][\\w']*)|(?:[_a-zA-Z][\\w']+)";

interface CoqVars { name: string; continued: boolean }
const cv = (lx: LexerRun): CoqVars => lx.vars as unknown as CoqVars;

const states: StateTable = {
  root: [
    rule(/[(][*](?![)])/, 'c', 'comment'),
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/Module(\s+)Type(\s+)/, (lx, m) => {
      lx.token('k', 'Module');
      lx.token('w', m[1]);
      lx.token('k', 'Type');
      lx.token('w', m[2]);
    }),
    rule(/(Set|Unset)(\s+)(Universe|Printing|Implicit|Strict)(\s+)(Polymorphism|All|Notations|Arguments|Universes|Implicit)(\s*)\./, (lx, m) => {
      if (m[6]) throw new RougeWouldRaise('coq: Rouge loops forever on a space before the dot of Set/Unset');
      lx.token('k', m[1]);
      lx.token('w', m[2]);
      lx.token('k', m[3]);
      lx.token('w', m[4]);
      lx.token('k', m[5]);
      lx.token(END_SENTENCE, '.');
    }),
    rule(ID, (lx, m) => {
      cv(lx).name = m[0];
      cv(lx).continued = false;
      lx.push('continue_id');
    }, undefined, { ignoreCase: true }),
    rule(/\/\\/, 'o'),
    rule(/\\\//, 'o'),
    rule(/-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)/i, 'mf'),
    rule(/\d[\d_]*/, 'mi'),
    rule(/'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'/, 'sc'),
    rule(/'/, 'k'),
    rule(/"/, 's2', 'string'),
    rule(`[~?](?:${ID})`, 'nv', undefined, { ignoreCase: true }),
    rule(/./, (lx, m) => {
      const c = m[0];
      lx.token(KEYOPTS.has(c) ? 'p' : OPERATOR.test(c) ? 'o' : 'err', c);
    }),
  ],
  comment: [
    rule(/[^(*)]+/, 'c'),
    rule(/[(][*]/, 'c', '#push'),
    rule(/[*][)]/, 'c', '#pop'),
    rule(/[(*)]/, 'c'),
  ],
  string: [
    rule(/(?:\\")+|[^"]/, 's2'),
    rule(/\\[\\"'ntbr]/, 'se'),
    rule(/\\\n/, 's2'),
    rule(/"/, 's2', '#pop'),
  ],
  continue_id: [
    rule(`\\.(${ID})`, (lx, m) => {
      lx.token('nn', cv(lx).name);
      lx.token('p', '.');
      cv(lx).continued = true;
      cv(lx).name = m[1]!;
    }, undefined, { ignoreCase: true }),
    rule(/\.(\s+)/, (lx, m) => {
      lx.token(cv(lx).continued ? 'no' : classify(cv(lx).name), cv(lx).name);
      lx.token(END_SENTENCE, '.');
      lx.token('w', m[1]);
      cv(lx).continued = false;
      lx.pop();
    }),
    rule(/(?:)/, (lx) => {
      lx.token(cv(lx).continued ? 'no' : classify(cv(lx).name), cv(lx).name);
      cv(lx).continued = false;
      lx.pop();
    }),
  ],
};

export function create(): Lexer {
  return new LexerRun('coq', states);
}

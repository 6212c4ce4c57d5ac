(* Natural numbers and a simple proof
   (* nested comment *) *)
Require Import Coq.Arith.PeanoNat.
Require Export List.
Set Implicit Arguments.

Module Type MONOID.
  Parameter t : Type.
End MONOID.

Inductive tree (A : Type) : Type :=
  | leaf : tree A
  | node : tree A -> A -> tree A -> tree A.

Fixpoint size {A} (t : tree A) : nat :=
  match t with
  | leaf _ => 0
  | node l _ r => size l + 1 + size r
  end.

Theorem plus_comm : forall n m : nat, n + m = m + n.
Proof.
  intros n m. induction n as [| n' IH].
  - simpl. rewrite Nat.add_0_r. reflexivity.
  - simpl. rewrite IH. apply Nat.add_succ_r.
Qed.

Definition s := "a ""quoted"" string".
Notation "x ∧ y" := (and x y) (at level 80).
Lemma l : ∀ x, x = x ∨ ¬ (x = x). Proof. auto. Defined.
Compute (3 * 4)%nat. Check 'a'.

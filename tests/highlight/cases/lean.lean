-- Natural number addition is commutative
import data.nat.basic
open nat

variables (a b c : ℕ)

theorem my_add_comm : ∀ m n : ℕ, m + n = n + m
| m 0        := by simp
| m (succ n) := by rw [add_succ, my_add_comm m n, succ_add]

def double (n : ℕ) : ℕ := 2 * n

#eval double 21
#check λ x : ℕ, x + 1

example (p q : Prop) (hp : p) (hq : q) : p ∧ q := ⟨hp, hq⟩

def greeting : string := "hello\n"
structure point (α : Type) := (x : α) (y : α)

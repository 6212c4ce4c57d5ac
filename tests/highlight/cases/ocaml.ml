(* Site builder (* nested *) *)
open Printf
module StringMap = Map.Make (String)

type page = { title : string; tags : string list; mutable views : int }

let rec count_tags ?(acc = 0) = function
  | [] -> acc
  | p :: rest -> count_tags ~acc:(acc + List.length p.tags) rest

let () =
  let pages = [ { title = "Home"; tags = [ "a" ]; views = 0x1F } ] in
  let ratio = 1.5e3 and c = 'x' and nl = '\n' in
  printf "%d tags, %f %c%c\n" (count_tags pages) ratio c nl;
  match `Ok 42 with
  | `Ok n when n mod 2 = 0 -> print_endline "even"
  | _ -> raise Not_found

// Site builder
module Kiln.Site

open System
open System.IO

(* A (* nested *) comment *)
type Page = { Title: string; Tags: string list; mutable Views: int }

let rec countTags (pages: Page list) =
    match pages with
    | [] -> 0
    | p :: rest -> List.length p.Tags + countTags rest

let build (dir: string) =
    let files = Directory.GetFiles(dir, "*.md") |> Array.toList
    let ratio = 1.5e3 + float (List.length files)
    printfn "Built %d pages (%f) %c" (List.length files) ratio 'x'
    files |> List.map (fun f -> Path.GetFileName f) |> ignore
    0x1F + 42 mod 5

#!/usr/bin/env tclsh
# Count pages in a folder
proc count_pages {dir {pattern "*.md"}} {
    set n 0
    foreach f [glob -nocomplain -directory $dir $pattern] {
        incr n
        puts "found: [file tail $f]"
    }
    return $n
}

set total [count_pages ./site]
if {$total > 10} then {
    puts "many pages: $total\t(${total})"
} else {
    puts "few pages"
}
array set config {name kiln port 4000}
puts [expr {$total * 2 + 0x1F}]

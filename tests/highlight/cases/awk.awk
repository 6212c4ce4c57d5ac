#!/usr/bin/awk -f
# Count words per file
BEGIN { FS = "[ \t]+"; total = 0 }
/^#/ { next }
$1 ~ /^[A-Z][a-z]+$/ && NF > 2 {
    count[$1]++
    total += length($0) * 1.5
}
function report(name, n) {
    printf "%-20s %d\n", name, n
}
END {
    for (w in count) report(w, count[w])
    print "total:", (total > 100 ? "big" : "small"), tolower(FILENAME)
}

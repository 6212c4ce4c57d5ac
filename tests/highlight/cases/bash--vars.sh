for i in $(seq 1 10); do echo "$i: ${arr[$i]}"; done
x=$(( (a + b) * 2 ))
echo ${#name} ${name:-default} "$@" $* $1
while read -r line; do printf '%s\n' "$line"; done < input.txt

// Hello in Ceylon
import ceylon.collection { ArrayList }

"The entry point"
shared void run() {
    value names = ArrayList<String>();
    names.add("world");
    for (name in names) {
        print("Hello, ``name``!");
    }
    variable Integer count = 1_000;
    Float big = 1.5M + 2.0e3;
    value hex = #FF_FF;
    value bin = $1010;
    Character c = 'x';
    if (exists first = names.first, count > 0) {
        count++;
    }
}

shared abstract class Shape(shared String name) of Circle | Square {
    shared formal Float area;
}
/* not really a comment state
late value x = null;

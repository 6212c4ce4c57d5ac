// Site builder in D
module kiln.site;

import std.stdio, std.file : dirEntries, SpanMode;

/+ nested /+ comment +/ ok +/
struct Page { string title; int views = 0x1F; }

@safe nothrow int countPages(string dir)
{
    int n = 0;
    foreach (entry; dirEntries(dir, "*.md", SpanMode.depth))
        ++n;
    return n;
}

void main()
{
    auto ratio = 1.5e3;
    char c = '\n';
    string raw = r"C:\path", tick = `raw`, q = q"[brackets [nested] ok]";
    writeln("Pages: ", countPages("."), " ratio ", ratio, __FILE__);
}

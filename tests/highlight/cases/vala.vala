/* Vala sample
   with a block comment */
using GLib;
namespace Demo.App {
    [CCode (cname = "demo_greeter")]
    public class Greeter : Object {
        public string name { get; set; default = "world"; }
        private int count = 0;

        public signal void greeted (string who);

        public Greeter (string name) {
            this.name = name;
        }

        public async void greet_async () throws IOError {
            count++;
            stdout.printf ("Hello, %s! (%d)\n", name, count);
            greeted (name);
        }
    }

    struct Point { double x; double y; }

    int main (string[] args) {
        var g = new Greeter ("Vala");
        unichar c = 'x';
        uint8 flags = 0x1F;
        double d = 3.14e+2f;
        string v = @"verbatim $name";
        // single line comment
#if DEBUG
        message ("debug");
#endif
        foreach (var a in args) { print (a); }
        return 0;
    }
}

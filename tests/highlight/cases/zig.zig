const std = @import("std");
const Allocator = std.mem.Allocator;

/// A point in 2D.
pub const Point = struct {
    x: f32,
    y: f32,

    pub fn len(self: Point) f32 {
        return @sqrt(self.x * self.x + self.y * self.y);
    }
};

const Error = error{ OutOfMemory, Invalid };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
    var list = std.ArrayList(u8).init(allocator);
    defer list.deinit();
    try list.appendSlice("hello\n\x41\u{1F600}");
    const c: u8 = 'a';
    const nl = '\n';
    const big: u64 = 0xFF_FF + 0b1010 + 1_000_000;
    const f = 3.14e-2 + 1.0 + 2e10;
    const p = Point{ .x = 1.5, .y = 2.0 };
    if (p.len() > 1.0 and c != nl) {
        std.debug.print("len = {d}\n", .{p.len()});
    } else unreachable;
    blk: while (true) : (i += 1) {
        break :blk;
    }
    const r = r#"raw "string""#;
    _ = .{ r, big, f, null, undefined };
}

test "point length" {
    try std.testing.expect((Point{ .x = 3, .y = 4 }).len() == 5);
}

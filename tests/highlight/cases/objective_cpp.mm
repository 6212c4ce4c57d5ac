#import <Foundation/Foundation.h>
#include <vector>

// Objective-C++ mixing both worlds
@interface Counter : NSObject
@property (nonatomic) NSInteger value;
- (void)addValues:(const std::vector<int> &)values;
+ (instancetype)counterWithStart:(NSInteger)start;
@end

@implementation Counter
- (void)addValues:(const std::vector<int> &)values {
    for (auto v : values) { self.value += v; }
    Class cls = [self class];
    SEL sel = @selector(class);
    NSLog(@"%@ %ld", NSStringFromClass(self.class), (long)self.value);
}
+ (instancetype)counterWithStart:(NSInteger)start {
    Counter *c = [[Counter alloc] init];
    c.value = start;
    return c;
}
@end

template <typename T>
class Box { public: T item; };

int main() {
    @autoreleasepool {
        auto counter = [Counter counterWithStart:10];
        [counter addValues:{1, 2, 3}];
        NSArray *a = @[@1, @2.5, @YES];
        NSDictionary *d = @{@"k": @"v"};
        BOOL ok = YES && counter != nil;
        constexpr auto n = 1'000;
    }
    return 0;
}

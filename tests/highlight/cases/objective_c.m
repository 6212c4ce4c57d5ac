#import <Foundation/Foundation.h>
#import "KLNSite.h"

@class KLNPage, KLNWriter;

@interface KLNSite : NSObject <NSCopying>
@property (nonatomic, copy) NSString *title;
- (NSInteger)buildAtPath:(NSString *)path verbose:(BOOL)verbose;
+ (instancetype)siteWithTitle:(NSString *)title;
@end

@implementation KLNSite

- (NSInteger)buildAtPath:(NSString *)path verbose:(BOOL)verbose {
    NSArray *pages = @[@"index", @"about"];
    NSDictionary *counts = @{@"a": @1, @"b": @2.5};
    if (verbose == YES && path != nil) {
        NSLog(@"Building %@ (%lu pages)", path, (unsigned long)[pages count]);
    }
    [self.writer writePages:pages toPath:path];
    return pages.count > 0 ? 1 : 0;
}

@end

; ModuleID = 'sum.c'
source_filename = "sum.c"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [4 x i8] c"%d\0A\00", align 1
@counter = global i32 0, align 4

define dso_local i32 @sum(i32* nocapture readonly %a, i32 %n) #0 {
entry:
  %cmp = icmp sgt i32 %n, 0
  br i1 %cmp, label %loop, label %exit

loop:                                             ; preds = %loop, %entry
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %add, %loop ]
  %ptr = getelementptr inbounds i32, i32* %a, i64 0
  %v = load i32, i32* %ptr, align 4, !tbaa !2
  %add = add nsw i32 %acc, %v
  %next = add nuw nsw i32 %i, 1
  %f = fadd double 1.5e+3, 0x3FF0000000000000
  %done = icmp eq i32 %next, %n
  br i1 %done, label %exit, label %loop

exit:
  %r = phi i32 [ 0, %entry ], [ %add, %loop ]
  call i32 (i8*, ...) @printf(i8* getelementptr ([4 x i8], [4 x i8]* @.str, i64 0, i64 0), i32 %r)
  ret i32 %r
}

declare i32 @printf(i8*, ...)
attributes #0 = { nounwind uwtable "frame-pointer"="none" }
!2 = !{!"int", !3, i64 0}
bogusword

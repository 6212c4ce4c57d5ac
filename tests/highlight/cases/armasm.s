; Sum an array of words
#include "config.h"
        AREA    |.text|, CODE, READONLY
        THUMB
        EXPORT  sum_words
        GET     macros.s

sum_words PROC
        MOVS    r2, #0          ; accumulator
loop    CMP     r1, #0
        BEQ     done
        LDR     r3, [r0], #4
        ADDS    r2, r2, r3
        SUBS    r1, r1, #1
        B       loop
done    MOV     r0, r2
        vadd.f32 s0, s1, s2
        ldr.w   r4, =0x20000000
        mov     r5, #&FF
        mov     r6, #2_1010
        DCD     0xDEADBEEF, 3.5e2, 'A', "str$$ing"
        LSL     r0, r0, #:LEN:"abc"
        BX      lr
        ENDP
        ALIGN   4
        END

; hello.asm - write "Hello" with Linux syscalls
%include "macros.inc"
%define SYS_WRITE 1   ; syscall number
        BITS 64
        SECTION .data
msg:    db "Hello, world!", 10, 0
len     equ $ - msg
buf:    resb 64
table:  dw 0x1F, 0FFh, 777q, 1010b, 3.14
        times 4 db 'x'

        SECTION .text
        GLOBAL _start
_start:
        mov rax, SYS_WRITE
        mov rdi, 1              ; stdout
        lea rsi, [rel msg]
        mov rdx, len
        syscall
        mov eax, dword [rbx + rcx*4 + 8]
        push word 0
        cmp al, `c\n`
        jne .done
.done:  xor edi, edi
        mov eax, 60
        syscall

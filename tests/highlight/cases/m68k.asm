* Copy a null-terminated string
; a0 = source, a1 = destination
        section code,code
start:
        lea     msg(pc),a0
        lea     buffer,a1
.loop   move.b  (a0)+,(a1)+
        bne.s   .loop
        moveq   #0,d0
        move.l  #$DEADBEEF,d1
        andi.w  #%1010,d2
        add.l   #@17,d3
        cmp.b   #'A',d4
        movem.l d0-d7/a0-a6,-(sp)
        rts

msg:    dc.b    "Hello, \"68k\"\n",0
buffer: ds.b    64
        even
        end

   10 REM > Guessing game
   20 MODE 7 : *FX 4,1
   30 target% = RND(100) : tries% = 0
   40 REPEAT
   50   INPUT "Your guess"; guess%
   60   tries% += 1
   70   IF guess% < target% THEN PRINT "Higher" ELSE IF guess% > target% PRINT "Lower"
   80 UNTIL guess% = target%
   90 PRINT "Got it in "; tries%; " tries!" : name$ = LEFT$("Player", 3)
  100 DEF PROCbeep(n%) : SOUND 1, -15, 53, n% : ENDPROC
  110 x = &FF + %1010 + 3.5 : @% = 10
  120 DIM code% 100
  130 [OPT 2
  140 .start LDA #65 : JSR &FFEE ; print A
  150 RTS
  160 ]
  170 END

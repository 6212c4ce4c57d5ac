' Roku channel entry point
Sub Main()
    screen = CreateObject("roSGScreen")
    port = CreateObject("roMessagePort")
    screen.SetMessagePort(port)
    scene = screen.CreateScene("HomeScene")
    screen.Show()
    REM main loop
    While True
        msg = Wait(0, port)
        If type(msg) = "roSGScreenEvent" And msg.IsScreenClosed() Then
            Return
        End If
    End While
End Sub

Function Add(a As Integer, b As Integer) As Integer
    total% = a + b * 2.5e-1
    items = [1, 2, 3]
    info = { name: "kiln", count: 42 }
    For Each i In items
        print Str(i); " "; Len(info.name)
    End For
    Return total%
End Function

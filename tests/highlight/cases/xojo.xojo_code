#tag Class
Protected Class Greeter
  #tag Method, Flags = &h0
    Function Greet(name As String) As String
      // Build a greeting
      Dim count As Integer = 3
      Dim ratio As Double = 1.5
      If name = "" Or count < 0 Then
        Return "Hello, world"
      End If
      rem old-style comment
      ' another comment
      Return "Hello, " + name + Str(&hFF) + Str(&O17)
    End Function
  #tag EndMethod

  #tag Note, Name = About
    Free-form note text
  #tag EndNote
End Class
#tag EndClass

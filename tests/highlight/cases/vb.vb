Option Strict On
Imports System.IO

' Builds the site
#Region "Builder"
Namespace Kiln.Site
    Public Class Builder
        Private Const MaxPages As Integer = 100
        Dim ratio As Double = 1.5

        Public Function Build(ByVal dir As String) As Integer
            Dim count = 0
            For Each file In Directory.GetFiles(dir, "*.md")
                count += 1
                Console.WriteLine("Built ""{0}""", file)
            Next
            If count > 0 AndAlso Not ratio = 0 Then Return count Else Return -1
        End Function
    End Class
End Namespace
#End Region
Dim d = #1/1/2024#
Dim h = &HFF

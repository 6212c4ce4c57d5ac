-- Stack package body
with Ada.Text_IO; use Ada.Text_IO;
limited private with Ada.Containers;
private with Interfaces.C;

package body Stacks is

   type Int_Array is array (Positive range <>) of Integer;
   Max : constant := 16#FF#;
   Mask : constant := 2#1010_1010#;
   Oct  : constant := 8#777#E2;
   Rate : constant Float := 3.141_592E-2;
   Big  : constant := 1_000_000;

   procedure Push (S : in out Stack; X : Integer) is
   begin
      if S.Top = Max then
         raise Overflow with "stack ""full""";
      end if;
      S.Top := S.Top + 1;
      S.Data (S.Top) := X;
   end Push;

   function "+" (L, R : Stack) return Natural is (L.Top + R.Top);

   function Size (S : Stack) return Natural is
   begin
      <<Again>>
      for I in S.Data'Range loop
         Put_Line (Integer'Image (S.Data (I)) & 'x');
         exit when I mod 2 = 0 and not S.Empty;
      end loop;
      return S.Top;
   end Size;

end Stacks;

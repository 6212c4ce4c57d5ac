program Kiln;
{ Builds the site }
uses SysUtils, Classes;

const
  MaxPages = 100;
  Ratio = 1.5e3;

type
  TPage = record
    Title: string;
    Views: Integer;
  end;

var
  Pages: array[1..MaxPages] of TPage;
  I: Integer;

(* main program *)
begin
  for I := 1 to MaxPages do
  begin
    Pages[I].Title := 'Page ' + IntToStr(I) + ' isn''t empty';
    Pages[I].Views := $1F;
  end;
  if (I > 0) and not False then
    WriteLn('Done: ', I); // report
end.

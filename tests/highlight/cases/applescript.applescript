-- Rename selected Finder files with a prefix
# hash comment too
(* block comment start
property prefix : "2024-"
global counter
set counter to 0

on addPrefix(theFile, thePrefix)
	tell application "Finder"
		set oldName to name of theFile
		set name of theFile to thePrefix & oldName
	end tell
	return oldName
end addPrefix

tell application "Finder"
	set theFiles to selection as list
	repeat with f in theFiles
		if (count of theFiles) is greater than 0 and f is not missing value then
			my addPrefix(f, prefix)
			set counter to counter + 1
		else if counter ≥ 10 then
			exit repeat
		end if
	end repeat
end tell

considering case
	set x to "Abc" contains "b"
end considering
set n to 3.14 * 2 - -5 / 2E+3
display dialog "Renamed " & counter & " files" buttons {"OK"} default button 1
set y to «class utxt» ¬
	& the first word of "hello world"'s text

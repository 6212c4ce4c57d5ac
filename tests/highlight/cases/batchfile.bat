@echo off
rem Build the site on Windows
:: another comment
setlocal enabledelayedexpansion
set SITE=_site
if not exist "%SITE%" mkdir %SITE%
for %%f in (*.md) do (
  echo Processing %%~nf ^& more
)
call npx.cmd kiln build -d %SITE% --quiet
if errorlevel 1 goto :error
ping 127.0.0.1 -n 2 > nul
exit /b 0
:error
echo Build failed! 1>&2
exit /b 1

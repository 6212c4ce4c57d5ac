#requires -version 5.1
<#
.SYNOPSIS
  Builds the site.
.PARAMETER Destination
  Output folder.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory = $true)][string]$Destination = "_site",
    [switch]$Verbose
)

function Invoke-Build {
    param([int]$Retries = 3)
    $env:JEKYLL_ENV = 'production'
    foreach ($file in Get-ChildItem -Path . -Filter *.md -Recurse) {
        if ($file.Length -gt 1MB -and -not $Verbose) { continue }
        Write-Host "Processing $($file.Name) in ${Destination}`n"
    }
    $table = @{ Name = 'kiln'; Count = 42; Ratio = 0.5 }
    $list = @(1, 2, 3) | Where-Object { $_ -ne 2 }
    $text = @"
Here-string with $Destination
"@
    New-Item -ItemType Directory -Force $Destination | Out-Null
    return $LastExitCode
}

class Site : Base { [string]$Name }
Invoke-Build -Retries 2

# Builds the portable ZIP (issue #7): the installed tree plus the marker file that makes Sosik keep its
# cache and settings in a "data" folder beside sosik.exe instead of %APPDATA% (see app/gui/main.cpp).
#   pwsh packaging/windows/make-portable.ps1 -Build build
param([string]$Build = "build")
$ErrorActionPreference = "Stop"
$stage = Join-Path $Build "portable/Sosik"
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
cmake --install $Build --prefix $stage --config Release
Set-Content -Path (Join-Path $stage "bin/sosik-portable.txt") -Value "Sosik keeps its data in the data folder next to sosik.exe while this file exists."
$version = (Select-String -Path (Join-Path $Build "CMakeCache.txt") -Pattern "^CMAKE_PROJECT_VERSION:STATIC=(.*)$").Matches[0].Groups[1].Value
New-Item -ItemType Directory -Force -Path (Join-Path $Build "packages") | Out-Null
$zip = Join-Path $Build "packages/Sosik-$version-portable-win64.zip"
Compress-Archive -Path $stage -DestinationPath $zip -Force
Write-Host "[portable] $zip"

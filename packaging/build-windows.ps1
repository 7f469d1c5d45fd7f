# Build the Windows bundle and its installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# Needs: Python 3.11+ (python.org) on PATH, and Inno Setup 6.3 or later (iscc.exe) for
# the installer (its "x64compatible" architecture needs 6.3; the script says so if older).
# Writes packaging\dist\competence-app\ (competence-app.exe for the window,
# competence-app-cli.exe for the command line) and
# packaging\dist\CitizenLeadershipCompanion-VERSION-setup.exe.
# Not run by the project's CI (it has no Windows machine): see packaging/README.md.
# Every step stops the build when it fails: PowerShell's own errors through
# $ErrorActionPreference, programs' exit codes through the check after each one.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
Set-Location (Join-Path $PSScriptRoot "..")

# Always a fresh venv with the pinned build tools: what was installed before never leaks in.
$venv = "packaging\build\venv"
if (Test-Path $venv) { Remove-Item -Recurse -Force $venv }
python -m venv $venv
if ($LASTEXITCODE -ne 0) { throw "python -m venv failed (is Python 3.11+ from python.org on PATH?)" }
& "$venv\Scripts\python.exe" -m pip install --quiet . -r packaging\requirements-build.txt
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

# Compiled translations are not kept in git; make them from the .ts sources.
Get-ChildItem resources\translations\*.ts -ErrorAction SilentlyContinue | ForEach-Object {
    & "$venv\Scripts\pyside6-lrelease.exe" -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
    if ($LASTEXITCODE -ne 0) { throw "lrelease failed on $($_.Name)" }
}

& "$venv\Scripts\python.exe" -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath packaging\dist --workpath packaging\build packaging\competence-app.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

& packaging\dist\competence-app\competence-app-cli.exe --version
if ($LASTEXITCODE -ne 0) { throw "the bundled program does not start" }

$version = & "$venv\Scripts\python.exe" -c "import competence_app; print(competence_app.__version__)"
if ($LASTEXITCODE -ne 0) { throw "cannot read the app's version" }
$found = Get-Command iscc.exe -ErrorAction SilentlyContinue
$iscc = if ($found) { $found.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) {
    Write-Warning "Inno Setup 6.3+ not found: the bundle is in packaging\dist\competence-app, no installer made."
    exit 0
}
& $iscc /Qp "/DAppVersion=$version" packaging\competence-app.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem packaging\dist\*-setup.exe

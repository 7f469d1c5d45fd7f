# Build the Windows bundle and its installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# Needs: Python 3.11+ (python.org) on PATH, and Inno Setup 6 (iscc.exe) for the installer.
# Writes packaging\dist\competence-app\ (competence-app.exe for the window,
# competence-app-cli.exe for the command line) and
# packaging\dist\CitizenLeadershipCompanion-VERSION-setup.exe.
# Not run by the project's CI (it has no Windows machine): see packaging/README.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$venv = "packaging\build\venv"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    python -m venv $venv
}
& "$venv\Scripts\python.exe" -m pip install --quiet . pyinstaller
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
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) {
    Write-Warning "Inno Setup 6 not found: the bundle is in packaging\dist\competence-app, no installer made."
    exit 0
}
& $iscc /Qp "/DAppVersion=$version" packaging\competence-app.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-ChildItem packaging\dist\*-setup.exe

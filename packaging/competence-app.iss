; Inno Setup 6 script: the Windows installer for Citizen Leadership Companion.
; Built by packaging\build-windows.ps1 after PyInstaller has filled packaging\dist\competence-app:
;   iscc /DAppVersion=0.2.0 packaging\competence-app.iss
; Installs for the current user only (no administrator password needed, which many
; people on a work or library laptop do not have), into %LOCALAPPDATA%\Programs.
; The setup may offer "install for all users" (PrivilegesRequiredOverridesAllowed):
; that choice asks for an administrator's password.
; Needs Inno Setup 6.3 or later: "x64compatible" (x64 and Arm64 Windows) is new in 6.3.
#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (for x64compatible): https://jrsoftware.org/isdl.php
#endif

#ifndef AppVersion
  #define AppVersion "0.2.0"
#endif
#define AppName "Citizen Leadership Companion"
#define AppExe "competence-app.exe"

[Setup]
; A fixed GUID: Windows recognises later versions as upgrades of this one. Never change it.
AppId={{6F1D3C52-8B0E-4C8B-9A57-2E7B1C0D4F11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Citizen Leadership Companion contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=dist
OutputBaseFilename=CitizenLeadershipCompanion-{#AppVersion}-setup
SetupIconFile=icons\org.citizenleadership.Companion.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The people's data lives in %APPDATA%, never in {app}: uninstalling leaves it alone.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\competence-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; AppUserModelID ties the taskbar button to this shortcut, as setDesktopFileName does on Linux.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.citizenleadership.Companion"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "org.citizenleadership.Companion"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Inno Setup script: Delegation for one Windows user, without administrator rights.
;
; Written against the Inno Setup 6 documentation (6.3 or later: "x64compatible"); NOT built or
; tried on the Linux machine where the rest of packaging/ is tested. Build on Windows:
;
;   python packaging\build.py                      (makes dist\delegation-app\ with PyInstaller)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\delegation.iss
;
; -> dist\delegation-<version>-windows-x64-setup.exe. Signed build: see packaging\README.md
; (ISCC /DSign "/Ssigntool=signtool.exe sign /fd sha256 /tr <timestamp URL> /td sha256 /a $f").
;
; What it does:
; - installs per user (PrivilegesRequired=lowest): {autopf} is then
;   %LOCALAPPDATA%\Programs, {autoprograms} the user's Start menu, HKA the HKCU hive; IT may
;   still choose a machine-wide install with /ALLUSERS (or the dialog), where the same
;   constants become Program Files, the common Start menu and HKLM;
; - a Start-menu shortcut, an optional desktop shortcut;
; - .delegation backup files open with delegation-app (registered under HKA\Software\Classes);
; - an upgrade replaces the program folder (old _internal removed first) and never touches
;   the user's data, which lives elsewhere (%LOCALAPPDATA%\Delegation\Delegation for the
;   database and backups, HKCU\Software\Delegation for the settings); uninstalling removes
;   the program folder, shortcuts and file association, and keeps that data too.

#define AppName "Delegation"
#define AppPublisher "Delegation"
#define AppExe "delegation-app.exe"
#define CliExe "delegation-cli.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#define BundleDir Root + "\dist\delegation-app"
#define IconFile Root + "\build\pyinstaller\delegation\icons\delegation.ico"
#ifndef AppVersion
  ; The version PyInstaller wrote into the executable's version resource (delegation.spec).
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
; Four numbers for the installer's own version resource ("1.2.0rc1" would not do).
#define AppNumericVersion GetVersionNumbersString(BundleDir + "\" + AppExe)
#define ProgId "Delegation.Backup"

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{53675129-6C33-476E-AAAF-34AD025B4F57}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; PySide6 6.x needs Windows 10 or later.
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=delegation-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#ifdef Sign
; The "signtool" command is defined on ISCC's command line (/Ssigntool=...) or in the IDE.
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.BackupFile=Delegation backup
fr.BackupFile=Sauvegarde Delegation
en.CommandLine=Delegation command line
fr.CommandLine=Delegation en ligne de commande

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade must not leave modules of the previous version beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; .delegation -> Delegation.Backup -> "delegation-app.exe" "%1" (HKA: HKCU when per user).
Root: HKA; Subkey: "Software\Classes\.delegation"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.delegation\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BackupFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".delegation"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program may have written into its own folder (it does not by design); never the
; user's data folder, which is outside {app}.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

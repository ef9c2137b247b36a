; Windows installer for the one-stop counter program (built by installer/build.py --nsis).
; Installs the PyInstaller folder into Program Files, adds Start-menu and desktop
; shortcuts and an uninstaller. The data folder (%LOCALAPPDATA%\cchc: database,
; backups, logs) is never removed by the uninstaller: the records are legal documents.
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SOURCE
  !error "SOURCE (the dist\cchc folder) must be defined"
!endif
!ifndef OUTFILE
  !define OUTFILE "cchc-setup-${VERSION}.exe"
!endif

Name "Phần mềm Bộ phận Một cửa ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\CCHC Mot cua"
InstallDirRegKey HKLM "Software\cchc-desktop" "InstallDir"
RequestExecutionLevel admin

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

Section "Chương trình" SecMain
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}\*.*"
  WriteRegStr HKLM "Software\cchc-desktop" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\Bộ phận Một cửa"
  CreateShortcut "$SMPROGRAMS\Bộ phận Một cửa\Bộ phận Một cửa.lnk" "$INSTDIR\cchc.exe"
  CreateShortcut "$SMPROGRAMS\Bộ phận Một cửa\Gỡ cài đặt.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\Bộ phận Một cửa.lnk" "$INSTDIR\cchc.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\cchc-desktop" \
    "DisplayName" "Phần mềm Bộ phận Một cửa"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\cchc-desktop" \
    "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\cchc-desktop" \
    "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
SectionEnd

Section "Uninstall"
  ; Only the program files; %LOCALAPPDATA%\cchc (the records) stays.
  RMDir /r "$INSTDIR"
  Delete "$DESKTOP\Bộ phận Một cửa.lnk"
  RMDir /r "$SMPROGRAMS\Bộ phận Một cửa"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\cchc-desktop"
  DeleteRegKey HKLM "Software\cchc-desktop"
SectionEnd

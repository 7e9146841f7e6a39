#!/usr/bin/env bash
# Heuristic check for user-visible text that bypasses tr(): string literals (QStringLiteral / u"" / "") handed
# straight to the setters and constructors that put text on screen. Prints file:line: text for each finding and
# exits 1 when there are any. Text with no letters ("%1 — %2", "✓") and object names are not findings.
#   resources/translations/check-untranslated.sh [DIR...]     (default: ui app/programs/floorbridge)
set -uo pipefail
cd "$(dirname "$0")/../.."
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(ui app/programs/floorbridge)

setters='setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setAccessibleName|setAccessibleDescription|setTitle|setLabelText|setSuffix|setPrefix|setSpecialValueText|addItem|addTab|insertItem|setTabText|setHeaderLabels|showMessage|setInformativeText|setButtonText'
ctors='QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton|QMenu'
literal='(QStringLiteral\(|QString::fromLatin1\(|QString::fromUtf8\(|u)?"[^"]*[A-Za-z][^"]*"'

findings=$(grep -rnE --include=*.cpp --include=*.h \
    -e "\b(${setters})\(\s*${literal}" \
    -e "new (${ctors})\(\s*${literal}" \
    -e "QMessageBox::(critical|warning|information|question)\([^,]*,\s*${literal}" \
    "${dirs[@]}" | grep -vE 'tr\(|translate\(|setObjectName|// *tr-ok|QStringLiteral\("Floorbridge"\)' || true)

if [ -z "$findings" ]; then
    echo "check-untranslated: no untranslated user-visible literals in ${dirs[*]}"
    exit 0
fi
echo "$findings"
echo "check-untranslated: $(echo "$findings" | wc -l) finding(s); wrap them in tr() (or mark a deliberate one // tr-ok)"
exit 1

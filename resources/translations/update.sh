#!/usr/bin/env bash
# Bring the Qt Linguist translations up to date with the tr() strings in ui/ and the
# core's message templates (context CoreMessages), then compile them. Run from anywhere;
# it works from the repository root.
#
#   resources/translations/update.sh
#
# lupdate adds new strings as unfinished, drops strings no longer in the code
# (-no-obsolete) and keeps every existing translation. Translate the unfinished
# messages (Qt Linguist: .venv/bin/pyside6-linguist resources/translations/kodeverk_nb.ts),
# then run this script again so that the .qm files carry them.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

VENV_BIN=.venv/bin
TS_DIR=resources/translations
LANGS=(nb en)

for tool in pyside6-lupdate pyside6-lrelease; do
    if [[ ! -x "$VENV_BIN/$tool" ]]; then
        echo "update.sh: $VENV_BIN/$tool not found (install the project into .venv first)" >&2
        exit 2
    fi
done

ts_files=()
for lang in "${LANGS[@]}"; do
    ts_files+=("$TS_DIR/kodeverk_$lang.ts")
done

# The core's messages (kodeverk/messages.py): templates marked QT_TRANSLATE_NOOP("CoreMessages", ...)
# in the modules that raise or report them; ui/error_text.py translates them in the app. A template
# with a count is marked QT_TRANSLATE_NOOP("CoreMessages", "... %n ...", None, 1): the number literal
# is what makes lupdate extract it as a numerus message (give each form in Linguist).
mapfile -t core_sources < <(grep -rl --include='*.py' 'QT_TRANSLATE_NOOP("CoreMessages"' kodeverk | sort)

"$VENV_BIN/pyside6-lupdate" -no-obsolete ui/*.py "${core_sources[@]}" -ts "${ts_files[@]}"

for lang in "${LANGS[@]}"; do
    "$VENV_BIN/pyside6-lrelease" "$TS_DIR/kodeverk_$lang.ts" -qm "$TS_DIR/kodeverk_$lang.qm"
done

# Qt's own strings (standard buttons, the text fields' context menu): Qt ships no bokmål
# catalogue, so ours is kept by hand (its sources are Qt's, not ui/) and only compiled here.
for ts in "$TS_DIR"/qtbase_*.ts; do
    [[ -e "$ts" ]] || continue
    "$VENV_BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done

unfinished=$(grep -c 'type="unfinished"' "${ts_files[@]}" || true)
echo "Unfinished messages per file:"
echo "$unfinished"

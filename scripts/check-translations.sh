#!/usr/bin/env bash
# Fails when a translation catalogue falls behind the sources: refreshes copies of the catalogues
# from the sources (as `update_translations` would) and requires every message to be translated.
# usage: check-translations.sh LUPDATE SOURCE_LIST_FILE CATALOGUE.ts...
set -euo pipefail
lupdate=$1
sources=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for catalogue in "$@"; do
    copy="$work/$(basename "$catalogue")"
    cp "$catalogue" "$copy"
    # English, the source language, carries only plural forms.
    plural_only=()
    case "$catalogue" in *_en.ts) plural_only=(-pluralonly) ;; esac
    "$lupdate" -silent -no-obsolete -locations none "${plural_only[@]}" "@$sources" -ts "$copy" >/dev/null
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$copy" || true)
    messages=$(grep -c '<message' "$copy" || true)
    if [ "$unfinished" -ne 0 ] || [ "$vanished" -ne 0 ]; then
        echo "$(basename "$catalogue"): $unfinished of $messages messages untranslated, $vanished obsolete — run the update_translations target (for English: lupdate -pluralonly -no-obsolete -locations none @build/<preset>/translation-sources.txt -ts translations/netcode-desk_en.ts) and translate them"
        status=1
    else
        echo "$(basename "$catalogue"): all $messages messages translated"
    fi
done
exit $status

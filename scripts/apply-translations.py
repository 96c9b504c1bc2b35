#!/usr/bin/env python3
"""Fills a .ts catalogue from a JSON file mapping English source texts to translations.

Used when translating in bulk: python3 scripts/apply-translations.py translations/netcode-desk_de.ts de.json
Entries for %n texts are lists of plural forms. Only messages whose source is in the JSON change.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(ts_path, json_path):
    mapping = json.load(open(json_path, encoding="utf-8"))
    tree = ET.parse(ts_path)
    missing = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source not in mapping:
            if translation.get("type") == "unfinished":
                missing += 1
            continue
        value = mapping[source]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[-1]
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    print(f"{ts_path}: {missing} messages still unfinished")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

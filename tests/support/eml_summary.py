#!/usr/bin/python3
"""Reads one .eml file with Python's email module and prints what a mail reader would see, as
JSON: the decoded headers, the MIME structure, both text parts and the attachments."""

import base64
import json
import sys
from email import policy
from email.parser import BytesParser


def main():
    with open(sys.argv[1], "rb") as f:
        message = BytesParser(policy=policy.default).parse(f)
    summary = {
        "headers": {name: str(message[name]) for name in
                    ["From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]
                    if message[name] is not None},
        "header_defects": [str(d) for name in message.keys() for d in getattr(message[name], "defects", [])],
        "structure": [part.get_content_type() for part in message.walk()],
        "plain": None,
        "html": None,
        "attachments": [],
    }
    body = message.get_body(preferencelist=("plain",))
    if body is not None:
        summary["plain"] = body.get_content()
    body = message.get_body(preferencelist=("html",))
    if body is not None:
        summary["html"] = body.get_content()
    for part in message.iter_attachments():
        data = part.get_payload(decode=True) or b""
        summary["attachments"].append({
            "filename": part.get_filename(),
            "type": part.get_content_type(),
            "size": len(data),
            "start": base64.b64encode(data[:8]).decode(),
        })
    json.dump(summary, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
